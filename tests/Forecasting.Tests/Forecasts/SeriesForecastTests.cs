using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Forecasting.Tests.Forecasts;

public class SeriesForecastTests
{
    private static readonly double[] Season = [4, -2, -5, 3];

    [Fact]
    public void Only_the_latest_unbroken_run_of_quarters_is_forecast_and_annual_figures_are_ignored()
    {
        var first = Period.FinancialQuarter(2017, 1);
        var quarters = Period.QuartersBetween(first, Period.FinancialQuarter(2024, 4)).ToList();
        var series = quarters
            .Select((q, t) => Figure(q.Key, q == Period.FinancialQuarter(2018, 2) ? null : 50 + (0.8 * t) + Season[t % 4]))
            .Append(Figure("2023-24", 70))
            .ToList();

        var forecast = SeriesForecast.Of(series);

        Assert.Equal(Period.FinancialQuarter(2018, 3), forecast.From);
        Assert.Equal(Period.FinancialQuarter(2024, 4), forecast.To);
        Assert.Equal(26, forecast.Quarters);
        Assert.True(forecast.Result.Shown, forecast.Result.Reason);
        Assert.Equal(["2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4"], forecast.Points.Select(p => p.Period.Key));
        Assert.Equal(forecast.Result.Points, forecast.Points.Select(p => p.Point));
    }

    [Fact]
    public void A_series_without_quarters_has_no_forecast_and_says_why()
    {
        var forecast = SeriesForecast.Of([Figure("2022-23", 40), Figure("2023-24", 42)]);

        Assert.Null(forecast.To);
        Assert.False(forecast.Result.Shown);
        Assert.Empty(forecast.Points);
        Assert.Contains("0 quarters", forecast.Result.Reason, StringComparison.Ordinal);
    }

    private static Observation Figure(string period, double? value) =>
        new() { IndicatorId = "cpp_rate_per_10k", AreaCode = "E06000019", PeriodKey = period, Value = value, Source = "test" };
}
