using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Tests.Indicators;

public class ComparatorSeriesTests
{
    private static readonly string[] Neighbours = ["N1", "N2", "N3"];

    [Fact]
    public void Each_period_has_the_unweighted_neighbour_average_over_neighbours_with_a_value_and_the_region_and_England()
    {
        var series = ComparatorSeries.Of(
            [
                Figure("N1", "2023-24", 20), Figure("N2", "2023-24", 30), Figure("N3", "2023-24", null),
                Figure("R", "2023-24", 33), Figure("E", "2023-24", 40), Figure("OTHER", "2023-24", 99),
                Figure("N1", "2022-23", 10), Figure("E", "2022-23", 12),
            ],
            Neighbours,
            "R",
            "E");

        Assert.Equal(["2022-23", "2023-24"], series.Periods.Select(p => p.Period.Key));
        var latest = series.For(Period.Parse("2023-24"))!;
        Assert.Equal((25.0, 2, 33.0, 40.0), (latest.NeighbourAverage!.Value, latest.NeighboursWithValue, latest.Region!.Value, latest.England!.Value));
        var earlier = series.For(Period.Parse("2022-23"))!;
        Assert.Equal((10.0, 1, (double?)null, 12.0), (earlier.NeighbourAverage!.Value, earlier.NeighboursWithValue, earlier.Region, earlier.England!.Value));
    }

    [Fact]
    public void A_quarter_without_its_own_comparators_is_read_against_the_financial_year_that_holds_it()
    {
        var series = ComparatorSeries.Of(
            [Figure("E", "2023-24", 40), Figure("E", "2023", 35), Figure("E", "2024-25 Q1", 41)], Neighbours, null, "E");

        Assert.Equal("2023-24", series.For(Period.Parse("2023-24 Q4"))!.Period.Key); // January–March 2024
        Assert.Equal("2023-24", series.For(Period.Parse("2023-24 Q1"))!.Period.Key);
        Assert.Equal("2024-25 Q1", series.For(Period.Parse("2024-25 Q1"))!.Period.Key);
        Assert.Null(series.For(Period.Parse("2024-25 Q2"))); // its year is not published yet
        Assert.Null(series.For(Period.Parse("2022-23"))); // a year is never read against another
    }

    [Fact]
    public void A_quarter_falls_back_to_the_calendar_year_that_holds_it_when_comparators_are_by_calendar_year()
    {
        var series = ComparatorSeries.Of([Figure("N1", "2024", 7)], Neighbours, null, "E");

        Assert.Equal("2024", series.For(Period.Parse("2024-25 Q3"))!.Period.Key); // October–December 2024
        Assert.Null(series.For(Period.Parse("2024-25 Q4"))); // January–March 2025
        Assert.Empty(ComparatorSeries.Of([Figure("OTHER", "2024", 7)], Neighbours, null, "E").Periods);
    }

    internal static Observation Figure(string area, string period, double? value) =>
        new() { IndicatorId = "cpp_rate_per_10k", AreaCode = area, PeriodKey = period, Value = value, Source = "LAIT" };
}
