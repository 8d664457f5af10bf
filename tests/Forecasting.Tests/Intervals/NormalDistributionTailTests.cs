using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

public class NormalDistributionTailTests
{
    [Theory]
    // Two-sided normal tail areas: z = 1.959963984540054 → 0.05; z = 2.5758293035489 → 0.01;
    // z = 3.2905267314919255 → 0.001; z = 1 → erfc(1/√2) = 0.31731050786291415; z = 5 → 5.733031437583878e-07.
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(2.5758293035489, 0.01)]
    [InlineData(3.2905267314919255, 0.001)]
    [InlineData(1.0, 0.31731050786291415)]
    [InlineData(5.0, 5.733031437583878e-07)]
    [InlineData(0.0, 1.0)]
    // Far tail: 1 − Φ(9) rounds to 0 in double precision, as in SciPy.
    [InlineData(9.0, 0.0)]
    public void Two_sided_tail_areas_match_tables(double z, double expected)
    {
        Assert.Equal(expected, NormalDistribution.TwoSidedP(z), 1e-15);
        Assert.Equal(expected, NormalDistribution.TwoSidedP(-z), 1e-15);
    }
}
