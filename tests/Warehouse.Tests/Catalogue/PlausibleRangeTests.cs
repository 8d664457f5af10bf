using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.Catalogue;

/// <summary>Each unit's range: a percentage 0–100, a rate bounded by its multiplier, a count by England's children, a mean by a ceiling.</summary>
public sealed class PlausibleRangeTests
{
    private static readonly Indicator Percentage = new()
    {
        Id = "contacts_24h_pct", Name = "Contacts decided in 24 hours", PriorityId = "neglect", Domain = "Front door", LeadAgency = "Children's social care",
        Unit = "% of contacts", Multiplier = 100, ValueType = IndicatorValueType.Proportion, Polarity = Polarity.HighIsGood, Frequency = Frequency.Quarterly,
        Definition = "Contacts decided within 24 hours.",
    };

    [Fact]
    public void A_percentage_runs_from_0_to_100_whatever_its_frequency()
    {
        Assert.Equal((0d, 100d), (PlausibleRange.Of(Percentage).Lowest, PlausibleRange.Of(Percentage).Highest));
        Assert.Equal(100d, PlausibleRange.Of(Percentage with { Frequency = Frequency.Annual }).Highest);
    }

    [Fact]
    public void An_annualised_quarterly_rate_may_be_its_multiplier_times_four_and_any_other_rate_its_multiplier()
    {
        var rate = Percentage with { Unit = "per 10,000 children", Multiplier = 10_000, ValueType = IndicatorValueType.Rate };
        var annualised = rate with { QuarterAnnualisation = QuarterAnnualisation.Times4 };

        Assert.Equal(40_000d, PlausibleRange.Of(annualised).Highest);
        Assert.Equal(10_000d, PlausibleRange.Of(rate).Highest);
        Assert.Equal(10_000d, PlausibleRange.Of(rate with { Frequency = Frequency.Annual }).Highest);
        Assert.Contains("annualised", PlausibleRange.Of(annualised).Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_is_bounded_by_Englands_child_population_and_a_mean_by_its_ceiling()
    {
        var count = Percentage with { Unit = "children", Multiplier = 1, ValueType = IndicatorValueType.Count };
        var mean = Percentage with { Unit = "cases per social worker", Multiplier = 1, ValueType = IndicatorValueType.Mean };

        Assert.Equal(PlausibleRange.ChildPopulationCeiling, PlausibleRange.Of(count).Highest);
        Assert.Equal(PlausibleRange.MeanCeiling, PlausibleRange.Of(mean).Highest);
        Assert.Equal(0d, PlausibleRange.Of(mean).Lowest);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e308)]
    [InlineData(-1e-308)]
    [InlineData(100.000001)]
    public void A_value_that_is_not_finite_or_outside_is_not_held(double value) =>
        Assert.False(PlausibleRange.Of(Percentage).Holds(value));

    [Theory]
    [InlineData(0)]
    [InlineData(1e-308)]
    [InlineData(100)]
    public void The_ends_and_the_smallest_positive_figure_are_held(double value) =>
        Assert.True(PlausibleRange.Of(Percentage).Holds(value));

    [Fact]
    public void A_count_of_people_or_events_is_held_up_to_Englands_population()
    {
        Assert.True(PlausibleRange.HoldsCount(PlausibleRange.PopulationCeiling));
        Assert.False(PlausibleRange.HoldsCount(PlausibleRange.PopulationCeiling + 1));
        Assert.False(PlausibleRange.HoldsCount(double.NaN));
        Assert.False(PlausibleRange.HoldsCount(-1));
    }

    [Fact]
    public void Every_catalogue_indicator_has_a_range_from_0_to_a_finite_ceiling()
    {
        var catalogue = ReferenceDataSet.Load(ReferenceDataFolder.Locate()).Indicators;

        Assert.All(catalogue, indicator =>
        {
            var range = PlausibleRange.Of(indicator);
            Assert.Equal(0d, range.Lowest);
            Assert.True(double.IsFinite(range.Highest) && range.Highest >= indicator.Multiplier, indicator.Id);
        });
    }
}
