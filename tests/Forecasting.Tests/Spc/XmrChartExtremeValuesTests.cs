using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Forecasting.Tests.Spc;

/// <summary>Values so large that the chart's sums overflow give no chart and a reason, never limits of infinity.</summary>
public sealed class XmrChartExtremeValuesTests
{
    [Theory]
    [InlineData(new[] { 1e308, 1e308 })]
    [InlineData(new[] { double.MaxValue, double.MaxValue, double.MaxValue })]
    [InlineData(new[] { 1e308, -1e308, 1e308 })]
    [InlineData(new[] { 1.0, 2.0, 1e308, 3.0, 4.0 })]
    [InlineData(new[] { -double.MaxValue, 0.0, double.MaxValue })]
    public void Values_past_the_arithmetic_give_no_chart_and_say_why(double[] values)
    {
        var chart = XmrChart.Calculate(values);

        Assert.Equal(XmrChart.TooLargeReason, chart.NotComputedReason);
        Assert.Equal(new double?[] { null, null, null, null, null, null }, [chart.Mean, chart.MeanMovingRange, chart.LowerProcessLimit, chart.UpperProcessLimit, chart.LowerNearLimit, chart.UpperNearLimit]);
        Assert.Empty(chart.Points);
        Assert.Equal(SpcVariationIcons.None, chart.VariationIcon);
    }

    [Fact]
    public void Tiny_and_large_values_the_arithmetic_holds_are_charted_with_finite_limits()
    {
        foreach (var values in new[] { new[] { 1e-308, 0, 2e-308, 1e-308 }, new[] { 1e300, 2e300, 1.5e300, 1e300 } })
        {
            var chart = XmrChart.Calculate(values);

            Assert.Null(chart.NotComputedReason);
            Assert.Equal(values.Length, chart.Points.Count);
            Assert.All(new[] { chart.Mean, chart.LowerProcessLimit, chart.UpperProcessLimit, chart.LowerNearLimit, chart.UpperNearLimit }, v => Assert.True(double.IsFinite(v!.Value)));
        }
    }
}
