using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

public class NormalDistributionTests
{
    [Theory]
    // R 4.x: print(qnorm(p), digits = 17).
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(0.999, 3.0902323061678132)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.8, 0.8416212335729143)]
    [InlineData(0.6, 0.25334710313579978)]
    [InlineData(1e-10, -6.3613409024040557)]
    public void Quantile_matches_R_qnorm(double p, double expected)
    {
        Close.Equal(expected, NormalDistribution.Quantile(p), 1e-14);
    }

    [Fact]
    public void Quantile_is_zero_at_the_median_and_infinite_at_the_ends()
    {
        Assert.Equal(0.0, NormalDistribution.Quantile(0.5));
        Assert.Equal(double.NegativeInfinity, NormalDistribution.Quantile(0));
        Assert.Equal(double.PositiveInfinity, NormalDistribution.Quantile(1));
    }

    [Fact]
    public void Quantile_is_symmetric_about_the_median()
    {
        // Powers of two, so that 1 − p is exact and any asymmetry is the function's own.
        foreach (var p in new[] { Math.Pow(2, -30), Math.Pow(2, -10), 0.03125, 0.125, 0.375, 0.4375 })
        {
            Close.Equal(-NormalDistribution.Quantile(p), NormalDistribution.Quantile(1 - p), 1e-13);
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Quantile_rejects_a_probability_outside_zero_to_one(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.Quantile(p));
    }
}
