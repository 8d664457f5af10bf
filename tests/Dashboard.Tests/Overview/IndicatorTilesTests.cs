using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.Tests.Overview;

/// <summary>
/// Herefordshire's quarterly figures (30 of 100, so Wilson 95%: 21.9–39.6%) on a low-is-good proportion, against
/// made-up yearly comparators and every other local authority's yearly figure.
/// </summary>
public class IndicatorTilesTests
{
    private const string Home = "E06000019";
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
    private static readonly HomeArea View = HomeArea.Of(Reference.Areas, Home)!;
    private static readonly HashSet<string> Authorities =
        Reference.Areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
    private static readonly Indicator Repeats = TestCatalogue.CpVisits with { Id = "repeats_pct", Polarity = Polarity.LowIsGood, ComparatorSource = "LAIT" };
    private static readonly Period Quarter = Period.Parse("2025-26 Q2");

    [Fact]
    public void The_quarter_is_benchmarked_against_the_latest_comparator_year_begun_by_its_end()
    {
        var tile = Tiles().Build(Repeats, Figures(neighbourValue: 50, england: 31), Quarter, openExceptions: 2);

        Assert.Equal("2025-26 Q2", tile.Latest!.PeriodKey);
        Assert.Equal("2025-26", tile.NeighbourAverage.PeriodKey); // 2025-26 began before the quarter ended; 2026-27 did not
        Assert.Equal(50, tile.NeighbourAverage.Value);
        Assert.Equal("best", tile.NeighbourAverage.Benchmark); // 50 is beyond the 99.8% upper limit (45.4), and lower is better
        Assert.Equal("similar", tile.England.Benchmark); // 31 is inside 21.9–39.6
        Assert.Equal(2, tile.OpenExceptions);
    }

    [Fact]
    public void The_quartile_band_and_rank_come_from_the_area_s_published_year_among_every_authority()
    {
        var tile = Tiles().Build(Repeats, Figures(neighbourValue: 50, england: 31), Quarter);

        var national = tile.National!;
        Assert.Equal("2025-26", national.PeriodKey);
        Assert.Equal(12, national.Value);
        Assert.Equal("A", national.Band); // every other authority is at 40 or more, and lower is better
        Assert.Equal(1, national.Rank);
        Assert.Equal(Authorities.Count, national.Authorities);
        Assert.Equal("lowest quarter", national.Placement);
    }

    [Fact]
    public void A_neutral_indicator_has_a_placement_but_no_band_or_rank()
    {
        var tile = Tiles().Build(Repeats with { Polarity = Polarity.Neutral }, Figures(neighbourValue: 50, england: 31), Quarter);

        Assert.Null(tile.National!.Band);
        Assert.Null(tile.National.Rank);
        Assert.Equal("lowest quarter", tile.National.Placement);
        Assert.Equal("lower", tile.NeighbourAverage.Benchmark);
    }

    [Fact]
    public void Few_authorities_with_a_figure_give_no_band_and_no_comparators_give_a_plain_tile()
    {
        var few = Figures(neighbourValue: 50, england: 31).Where(f => View.AllCodes.Contains(f.AreaCode)).ToList();
        var local = Figures(neighbourValue: 50, england: 31).Where(f => f.AreaCode == Home && f.Period.Kind == PeriodKind.FinancialQuarter).ToList();

        Assert.Null(Tiles().Build(Repeats, few, Quarter).National);
        var plain = Tiles().Build(Repeats, local, Quarter);
        Assert.Null(plain.NeighbourAverage.Value);
        Assert.Equal("Not published yet", plain.NeighbourAverage.Note);
        Assert.Null(plain.National);
    }

    [Fact]
    public void The_sparkline_holds_the_last_eight_quarters_up_to_the_one_shown()
    {
        var tile = Tiles().Build(Repeats, Figures(neighbourValue: 50, england: 31), Period.Parse("2025-26 Q1"));

        Assert.Equal(Sparkline.Length, tile.Trend!.Points.Count);
        Assert.Equal("2025-26 Q1", tile.Trend.Points[^1].PeriodKey);
        Assert.Equal("2023-24 Q2", tile.Trend.Points[0].PeriodKey);
        Assert.All(tile.Trend.Points, p => Assert.Contains(" Q", p.PeriodKey, StringComparison.Ordinal));
    }

    private static IndicatorTiles Tiles() => new(View, Authorities);

    private static List<PeriodFigure> Figures(double neighbourValue, double england)
    {
        var figures = new List<Observation>();
        var quarter = Period.Parse("2022-23 Q1");
        for (var i = 0; quarter <= Quarter; i++, quarter = quarter.Next())
        {
            figures.Add(Figure(Home, quarter.Key, 25 + (i % 3), 25 + (i % 3), 100));
        }

        figures[^1] = Figure(Home, Quarter.Key, 30, 30, 100);
        foreach (var year in new[] { "2024-25", "2025-26", "2026-27" })
        {
            figures.Add(Figure(Home, year, 12));
            figures.Add(Figure(View.England.Code, year, england));
            figures.Add(Figure(View.Region.Code, year, 44));
            figures.AddRange(View.Neighbours.Select(n => Figure(n.Code, year, neighbourValue)));
            figures.AddRange(Authorities.Where(a => a != Home && View.Neighbours.All(n => n.Code != a)).Select((a, i) => Figure(a, year, 40 + (i * 0.1))));
        }

        return figures.Select(PeriodFigure.Of).ToList();
    }

    private static Observation Figure(string area, string period, double value, double? numerator = null, double? denominator = null) => new()
    {
        IndicatorId = Repeats.Id,
        AreaCode = area,
        PeriodKey = period,
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = "test",
    };
}
