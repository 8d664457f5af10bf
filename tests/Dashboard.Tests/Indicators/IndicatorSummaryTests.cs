using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Tests.Indicators;

public class IndicatorSummaryTests
{
    private static readonly Indicator Repeats = TestCatalogue.CpVisits with { Id = "cpp_repeat_pct", Polarity = Polarity.LowIsGood, ComparatorSource = "LAIT" };

    [Fact]
    public void A_low_is_good_measure_above_its_comparators_and_rising_reads_as_worse()
    {
        double[] quarters = [25, 24, 26, 27, 28.5, 31.2];
        var summary = Summarise(Repeats, quarters, own2023: 31.2, neighbours: [27.0, 27.8], england: 30.0);

        Assert.Equal(
            "Higher than statistical neighbours (31.2% against 27.4% in 2023-24) and higher than England (30.0%): worse than both. "
            + "Rising for 4 quarters in a row (worse). Common cause variation.",
            summary);
    }

    [Fact]
    public void A_latest_point_beyond_the_process_limits_on_the_worse_side_is_special_cause_of_concern()
    {
        var summary = Summarise(Repeats, [25, 25.1, 24.9, 25, 25.1, 24.9, 25, 60], own2023: null, neighbours: [27.0], england: null);

        Assert.EndsWith("Rising for 2 quarters in a row (worse). Special cause variation: a concern.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_is_compared_with_its_year_when_the_area_has_no_figure_for_the_year_itself()
    {
        var summary = Summarise(Repeats with { Polarity = Polarity.HighIsGood }, [30, 29, 28], own2023: null, neighbours: [27.0, 27.8], england: 33.0);

        Assert.StartsWith(
            "Higher than statistical neighbours (28.0% in 2023-24 Q3 against 27.4% for 2023-24) and lower than England (33.0%): better than statistical neighbours, worse than England. Falling for 2 quarters in a row (worse).",
            summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_neutral_measure_gets_no_better_or_worse_and_equal_to_the_shown_decimals_is_the_same()
    {
        var summary = Summarise(Repeats with { Polarity = Polarity.Neutral }, [20, 21, 21], own2023: 27.41, neighbours: [27.36, 27.44], england: null);

        Assert.StartsWith("The same as statistical neighbours (27.4% against 27.4% in 2023-24). Unchanged on the previous quarter.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("better", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("worse", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_comparators_it_says_whether_none_are_published_or_none_yet()
    {
        var local = Summarise(Repeats with { ComparatorSource = null }, [50, 52], own2023: null, neighbours: [], england: null);
        var notYet = Summarise(Repeats, [50, 48], own2023: null, neighbours: [], england: null);

        Assert.StartsWith("A local measure: there is no published comparator. Up on the previous quarter (worse).", local, StringComparison.Ordinal);
        Assert.StartsWith("No comparator figures are published yet for these periods. Down on the previous quarter (better).", notYet, StringComparison.Ordinal);
    }

    /// <summary>Quarters from 2023-24 Q1 on, the area's own 2023-24 figure, and the comparators for 2023-24.</summary>
    private static string Summarise(Indicator indicator, double[] quarters, double? own2023, double[] neighbours, double? england)
    {
        var series = quarters
            .Select((v, i) => Figure("HOME", Period.QuartersBetween(Period.Parse("2023-24 Q1"), Period.Parse("2025-26 Q4")).ElementAt(i).Key, v))
            .ToList();
        if (own2023 is { } annual)
        {
            series.Insert(0, Figure("HOME", "2023-24", annual));
        }

        var ordered = series.OrderBy(o => Period.Parse(o.PeriodKey)).ToList();
        var chart = SeriesChart.Of(ordered, indicator);
        var points = IndicatorPoint.Of(ordered, indicator, chart);
        var comparators = ComparatorSeries.Of(
            [.. neighbours.Select((v, i) => Figure($"N{i}", "2023-24", v)), .. england is { } e ? [Figure("E", "2023-24", e)] : Array.Empty<Observation>()],
            [.. neighbours.Select((_, i) => $"N{i}")],
            null,
            "E");
        return IndicatorSummary.Of(indicator, points, chart, comparators);
    }

    private static Observation Figure(string area, string period, double? value) => ComparatorSeriesTests.Figure(area, period, value);
}
