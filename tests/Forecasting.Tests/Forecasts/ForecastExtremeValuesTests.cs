using Safeguarding.Analytics.Forecasting.Forecasts;

namespace Safeguarding.Analytics.Forecasting.Tests.Forecasts;

/// <summary>A series holding a figure past what the model's single precision holds is not forecast, and says why.</summary>
public sealed class ForecastExtremeValuesTests
{
    [Theory]
    [InlineData(1e308)]
    [InlineData(-1e308)]
    [InlineData(double.MaxValue)]
    [InlineData(1e16)]
    public void A_figure_past_the_models_arithmetic_gives_no_forecast_and_a_reason(double extreme)
    {
        var values = Enumerable.Range(0, 20).Select(i => 40.0 + (i % 4) + (i * 0.5)).ToArray();
        values[15] = extreme;

        var result = ForecastBacktest.Run(values, 1);

        Assert.False(result.Shown);
        Assert.Empty(result.Points);
        Assert.Null(result.ModelMase);
        Assert.Contains("too large to forecast", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiny_figures_are_forecast_or_not_on_their_merits_with_finite_scores()
    {
        var values = Enumerable.Range(0, 20).Select(i => (1 + (i % 4) + (i * 0.1)) * 1e-300).ToArray();

        var result = ForecastBacktest.Run(values, 1);

        Assert.DoesNotContain("too large", result.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.All(result.Points, p => Assert.True(double.IsFinite(p.Value) && double.IsFinite(p.Lower) && double.IsFinite(p.Upper)));
    }
}
