using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Comparators;

public sealed class AggregatePlausibilityRuleTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
    private static readonly AggregatePlausibilityRule Rule = new(Reference.Areas, Reference.Indicators);

    private static Observation Value(string indicatorId, string areaCode, double? value) => new()
    {
        IndicatorId = indicatorId, AreaCode = areaCode, PeriodKey = "2023-24", Value = value, Source = "test",
    };

    private static List<Observation> EnglandAndRegions(string indicatorId, double england) =>
    [
        Value(indicatorId, "E92000001", england),
        .. Reference.Areas.Regions.Select((r, i) => Value(indicatorId, r.Code, 40 + i)),
    ];

    [Fact]
    public void England_inside_its_regions_range_is_kept()
    {
        var checkedValues = Rule.Apply(EnglandAndRegions("cpp_rate_per_10k", 43.5));

        Assert.All(checkedValues, o => Assert.Equal(ObservationStatus.Final, o.Status));
    }

    [Fact]
    public void England_outside_its_regions_range_is_invalid_and_keeps_the_published_figure_in_the_reason()
    {
        var england = Rule.Apply(EnglandAndRegions("cpp_rate_per_10k", 396)).Single(o => o.AreaCode == "E92000001");

        Assert.Null(england.Value);
        Assert.Equal(ObservationStatus.Invalid, england.Status);
        Assert.Equal(
            "England value 396 is outside the range of its regions' values (40 to 48); published figure is not a valid rate",
            england.StatusReason);
    }

    [Fact]
    public void Indicators_that_are_not_rates_or_proportions_are_not_checked()
    {
        var countIndicator = Reference.Indicators.FirstOrDefault(i => i.ValueType == Domain.Catalogue.IndicatorValueType.Count);
        var id = countIndicator?.Id ?? "not_in_catalogue";

        Assert.All(Rule.Apply(EnglandAndRegions(id, 396)), o => Assert.Equal(ObservationStatus.Final, o.Status));
    }

    [Fact]
    public void A_region_outside_its_authorities_range_is_invalid()
    {
        var observations = new List<Observation>
        {
            Value("cla_rate_per_10k", "E12000005", 300),
            Value("cla_rate_per_10k", "E06000019", 80),
            Value("cla_rate_per_10k", "E10000034", 60),
        };

        var region = Rule.Apply(observations).Single(o => o.AreaCode == "E12000005");

        Assert.Equal(ObservationStatus.Invalid, region.Status);
        Assert.StartsWith("West Midlands value 300 is outside the range of its local authorities' values", region.StatusReason, StringComparison.Ordinal);
    }
}
