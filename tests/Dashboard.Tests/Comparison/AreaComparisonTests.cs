using Safeguarding.Analytics.Domain.Disclosure;
using System.Text.Json;
using Safeguarding.Analytics.Dashboard.Comparison;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.Tests.Comparison;

/// <summary>
/// Herefordshire's 30 of 100 (Wilson 95%: 21.9–39.6%, 99.8%: 18.1–45.4%) on a low-is-good proportion against
/// made-up neighbours, region, England and the other local authorities.
/// </summary>
public class AreaComparisonTests
{
    private const string Home = "E06000019";
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
    private static readonly Indicator Repeats = TestCatalogue.CpVisits with { Id = "repeats_pct", Polarity = Polarity.LowIsGood };

    [Fact]
    public void Benchmarks_use_both_intervals_by_polarity_and_the_neighbour_average_skips_neighbours_without_a_value()
    {
        var result = Compare(Figures(neighbours: [25, 26, 27, 28, 29, null, 31, 32, 33, 34], region: 42, england: 50));

        Assert.Equal("wilson", result.GetProperty("area").GetProperty("intervalMethod").GetString());
        Assert.Equal(21.895, result.GetProperty("area").GetProperty("lower95").GetDouble(), 3); // (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
        Assert.Equal(29.444444444444443, result.GetProperty("neighbours").GetProperty("average").GetDouble(), 12);
        Assert.Equal(9, result.GetProperty("neighbours").GetProperty("withValue").GetInt32());
        Assert.Equal(10, result.GetProperty("neighbours").GetProperty("members").GetArrayLength());
        Assert.Equal("similar", result.GetProperty("neighbours").GetProperty("benchmark").GetString());
        Assert.Equal("better", result.GetProperty("region").GetProperty("benchmark").GetString()); // outside 95%, inside 99.8%
        Assert.Equal("best", result.GetProperty("england").GetProperty("benchmark").GetString()); // outside 99.8%
        Assert.Equal(6, result.GetProperty("nationalRank").GetInt32()); // five neighbours are lower, and lower is better
        Assert.Equal("A", result.GetProperty("quartileBand").GetString());
    }

    [Fact]
    public void Published_limits_are_used_as_given_and_a_neutral_indicator_gets_higher_or_lower_with_no_rank()
    {
        var figures = Figures(neighbours: [25, 26, 27, 28, 29, 30, 31, 32, 33, 34], region: 42, england: 20)
            .Select(o => o.AreaCode == Home ? o with { LowerCi = 29, UpperCi = 31 } : o)
            .ToList();

        var result = Compare(figures, Repeats with { Polarity = Polarity.Neutral });

        Assert.Equal("published", result.GetProperty("area").GetProperty("intervalMethod").GetString());
        Assert.Equal("higher", result.GetProperty("england").GetProperty("benchmark").GetString());
        Assert.Equal("lower", result.GetProperty("region").GetProperty("benchmark").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("nationalRank").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("quartileBand").ValueKind);
    }

    [Fact]
    public void A_figure_without_numerator_and_denominator_has_no_interval_and_no_benchmark()
    {
        var figures = Figures(neighbours: [25, 26, 27, 28, 29, 30, 31, 32, 33, 34], region: 42, england: 50)
            .Select(o => o.AreaCode == Home ? o with { Numerator = null, Denominator = null } : o)
            .ToList();

        var result = Compare(figures);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("area").GetProperty("lower95").ValueKind);
        Assert.Equal("none", result.GetProperty("england").GetProperty("benchmark").GetString());
        Assert.Equal(6, result.GetProperty("nationalRank").GetInt32());
    }

    private static JsonElement Compare(IReadOnlyList<Observation> figures, Indicator? indicator = null) =>
        JsonSerializer.SerializeToElement(
            AreaComparison.Of(indicator ?? Repeats, "2024-25 Q1", Reference.Areas.Resolve(Home), Reference.Areas, figures, WithheldFigures.None(indicator ?? Repeats)),
            JsonSerializerOptions.Web);

    private static List<Observation> Figures(double?[] neighbours, double region, double england)
    {
        var areas = Reference.Areas;
        var home = areas.Resolve(Home);
        var neighbourCodes = areas.Neighbours(Home).OrderBy(n => n.Rank).Select(n => areas.Resolve(n.NeighbourCode).Code).ToList();
        var figures = new List<Observation> { Figure(Home, 30, 30, 100), Figure(areas.RegionOf(home)!.Code, region), Figure(areas.England.Code, england) };
        figures.AddRange(neighbourCodes.Zip(neighbours).Where(n => n.Second is not null).Select(n => Figure(n.First, n.Second!.Value)));
        figures.AddRange(areas.LocalAuthorities.Where(a => a.IsCurrent && a.Code != Home && !neighbourCodes.Contains(a.Code))
            .Select((a, i) => Figure(a.Code, 50 + (i * 0.1))));
        return figures;
    }

    private static Observation Figure(string area, double value, double? numerator = null, double? denominator = null) => new()
    {
        IndicatorId = Repeats.Id,
        AreaCode = area,
        PeriodKey = "2024-25 Q1",
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = "test",
    };
}
