using Safeguarding.Analytics.Forecasting.Forecasts;

namespace Safeguarding.Analytics.Forecasting.Tests.Forecasts;

public class ForecastBacktestTests
{
    private static readonly double[] Season = [4, -2, -5, 3];

    [Fact]
    public void A_rising_seasonal_series_is_forecast_better_than_seasonal_naive_and_the_forecast_keeps_rising()
    {
        var values = Series(28, t => 50 + (0.8 * t) + Season[t % 4] + Wobble(t));

        var result = ForecastBacktest.Run(values, firstQuarterOfYear: 1);

        Assert.True(result.Shown, result.Reason);
        Assert.True(result.ModelMase < result.SeasonalNaiveMase, $"{result.ModelMase} against {result.SeasonalNaiveMase}");
        Assert.Equal(4, result.Points.Count);
        for (var h = 0; h < 4; h++)
        {
            var sameQuarterLastYear = values[values.Count - 4 + h];
            Assert.InRange(result.Points[h].Value - sameQuarterLastYear, 1.5, 5.0); // about 0.8 × 4 higher a year on
            Assert.True(result.Points[h].Lower < result.Points[h].Value && result.Points[h].Value < result.Points[h].Upper);
        }

        Assert.Equal(result.Points, ForecastBacktest.Run(values, 1).Points);
    }

    [Fact]
    public void A_series_that_repeats_each_year_exactly_is_left_to_seasonal_naive()
    {
        var result = ForecastBacktest.Run(Series(24, t => 60 + Season[t % 4]), 2);

        Assert.False(result.Shown);
        Assert.Empty(result.Points);
        Assert.Contains("seasonal-naive forecast is exact", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Noise_around_a_steady_seasonal_level_does_not_earn_a_forecast_unless_the_model_wins()
    {
        var values = Series(26, t => 40 + Season[t % 4] + (3 * Wobble(t * 7)));

        var result = ForecastBacktest.Run(values, 3);

        Assert.Equal(result.ModelMase < result.SeasonalNaiveMase, result.Shown);
        Assert.Equal(result.Shown ? 4 : 0, result.Points.Count);
        Assert.True(result.BacktestForecasts > 0);
    }

    [Fact]
    public void Fewer_than_thirteen_quarters_are_not_forecast()
    {
        var result = ForecastBacktest.Run(Series(12, t => t), 1);

        Assert.False(result.Shown);
        Assert.Null(result.ModelMase);
        Assert.Contains("at least 13", result.Reason, StringComparison.Ordinal);
        Assert.Null(QuarterlyForecaster.Train([1, 2, 3], 1));
        Assert.Null(QuarterlyForecaster.Train(Series(14, t => t == 5 ? double.NaN : t), 1));
    }

    private static List<double> Series(int n, Func<int, double> value) => Enumerable.Range(0, n).Select(value).ToList();

    /// <summary>A fixed, irregular wobble in [-0.5, 0.5].</summary>
    private static double Wobble(int t) => ((t * 7919 % 101) / 100.0) - 0.5;
}
