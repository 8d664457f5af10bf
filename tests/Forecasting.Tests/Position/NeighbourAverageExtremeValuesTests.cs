using Safeguarding.Analytics.Forecasting.Position;

namespace Safeguarding.Analytics.Forecasting.Tests.Position;

/// <summary>Neighbours' figures so large that their sum overflows still have a finite average.</summary>
public sealed class NeighbourAverageExtremeValuesTests
{
    [Theory]
    [InlineData(new[] { 1e308, 1e308 }, 1e308)]
    [InlineData(new[] { double.MaxValue, double.MaxValue, 0.0 }, double.MaxValue / 3 * 2)]
    [InlineData(new[] { -1e308, -1e308, 1.0 }, -1e308 / 3 * 2)]
    public void Figures_whose_sum_overflows_average_to_a_finite_number(double[] values, double expected)
    {
        var average = StatisticalNeighbourAverage.Of(values.Select(v => (double?)v)).Value!.Value;

        Assert.True(double.IsFinite(average));
        Assert.Equal(expected, average, Math.Abs(expected) * 1e-12);
    }
}
