using Bunit;
using Safeguarding.Analytics.Dashboard.Components.Pages.Indicators;
using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Tests.Indicators;

/// <summary>Eight quarters from 2023-24 Q1 against comparators published for 2023-24 only.</summary>
public class SpcChartTests : BunitContext
{
    private static readonly Indicator Rate = TestCatalogue.CppRate;

    [Fact]
    public void Yearly_comparators_are_steps_across_their_quarters_with_one_marker_each_and_a_note_saying_so()
    {
        var chart = RenderChart(forecast: null);

        var lines = chart.FindAll("svg [data-testid='comparator-line']");
        Assert.Equal(["neighbours", "region", "england"], lines.Select(l => l.GetAttribute("data-comparator")));
        Assert.All(lines, l => Assert.Single(l.QuerySelectorAll(".spc-comparator-marker")));
        var england = lines[2].QuerySelector("path")!.GetAttribute("d")!.Split(' ').Where(t => t.Contains(',', StringComparison.Ordinal))
            .Select(t => t.TrimStart('M', 'L').Split(',').Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        var firstQuarterAfter = double.Parse(chart.Find("circle[data-period='2024-25 Q1']").GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(england.Select(p => p[1]).Distinct()); // flat across 2023-24's quarters
        Assert.True(england.Max(p => p[0]) < firstQuarterAfter, "the 2023-24 step stops before 2024-25, which is not published");
        Assert.Contains("England, 2023-24: 40.0", lines[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("The latest comparator year published is 2023-24.", chart.Find("[data-testid='comparator-note']").TextContent, StringComparison.Ordinal);
        Assert.Contains("West Midlands", chart.Find("[data-testid='spc-legend']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_point_is_a_labelled_link_to_that_periods_comparison()
    {
        var chart = RenderChart(forecast: null);

        var links = chart.FindAll("a.spc-point-link");
        Assert.Equal(8, links.Count);
        Assert.Equal("/indicators/cpp_rate_per_10k/compare?period=2024-25%20Q4&area=E06000019", links[^1].GetAttribute("href"));
        Assert.Equal("2024-25 Q4: 43.0, common cause — compare areas", links[^1].GetAttribute("aria-label"));
    }

    [Fact]
    public void A_forecast_that_did_not_beat_seasonal_naive_is_not_drawn_and_the_page_says_why()
    {
        var withheld = new SeriesForecast(Period.Parse("2021-22 Q1"), Period.Parse("2024-25 Q4"), 16, new ForecastResult(false, 1.2, 0.9, 20, [], "the seasonal-naive forecast did as well or better in the backtest"));

        var chart = RenderChart(withheld);

        Assert.Empty(chart.FindAll("[data-testid='forecast']"));
        Assert.Equal(
            "No forecast is shown: in the backtest the regression (MASE 1.20) did not beat the seasonal-naive forecast, which repeats each quarter of the year before (MASE 0.90).",
            chart.Find("[data-testid='no-forecast']").TextContent.Trim());
    }

    [Fact]
    public void A_forecast_that_beat_seasonal_naive_is_drawn_as_a_band_after_the_last_quarter_and_named_in_the_legend()
    {
        ForecastPoint[] ahead = [new(1, 45, 40, 50), new(2, 46, 39, 53), new(3, 47, 38, 56), new(4, 48, 37, 59)];
        var shown = new SeriesForecast(Period.Parse("2023-24 Q1"), Period.Parse("2024-25 Q4"), 8, new ForecastResult(true, 0.61, 1.0, 20, ahead, null));

        var chart = RenderChart(shown);

        Assert.Single(chart.FindAll("[data-testid='forecast'] polygon.spc-forecast-band"));
        Assert.Contains("Forecast (ML.NET regression; backtest MASE 0.61 vs seasonal-naive 1.00)", chart.Find("[data-testid='forecast-key']").TextContent, StringComparison.Ordinal);
        Assert.Contains("2025-26 Q4", chart.Find("svg").TextContent, StringComparison.Ordinal); // the axis runs on through the forecast
    }

    private IRenderedComponent<SpcChart> RenderChart(SeriesForecast? forecast)
    {
        var quarters = Period.QuartersBetween(Period.Parse("2023-24 Q1"), Period.Parse("2024-25 Q4")).ToList();
        var series = quarters.Select((q, i) => Figure("E06000019", q.Key, 40 + (i % 3) + (i == 7 ? 2 : 0))).ToList();
        var seriesChart = SeriesChart.Of(series, Rate)!;
        var comparators = ComparatorSeries.Of(
            [Figure("N1", "2023-24", 30), Figure("N2", "2023-24", 34), Figure("R", "2023-24", 36), Figure("E", "2023-24", 40)], ["N1", "N2"], "R", "E");
        return Render<SpcChart>(p => p
            .Add(c => c.Indicator, Rate)
            .Add(c => c.Chart, seriesChart.Chart)
            .Add(c => c.Points, IndicatorPoint.Of(series, Rate, seriesChart))
            .Add(c => c.Comparators, comparators)
            .Add(c => c.RegionName, "West Midlands")
            .Add(c => c.Forecast, forecast)
            .Add(c => c.AreaCode, "E06000019"));
    }

    private static Observation Figure(string area, string period, double value) =>
        new() { IndicatorId = Rate.Id, AreaCode = area, PeriodKey = period, Value = value, Source = "test" };
}
