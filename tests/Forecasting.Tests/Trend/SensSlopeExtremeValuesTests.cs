using Safeguarding.Analytics.Forecasting.Trend;

namespace Safeguarding.Analytics.Forecasting.Tests.Trend;

/// <summary>Values so far apart that a slope overflows give no Sen's line rather than an infinite or NaN one.</summary>
public sealed class SensSlopeExtremeValuesTests
{
    [Fact]
    public void Slopes_past_the_arithmetic_give_no_line_and_the_test_still_counts_the_pairs()
    {
        var test = MannKendall.Test([1e308, -1e308, 1e308, -1e308]);

        Assert.Null(test.Slope);
        Assert.Null(test.Intercept);
        Assert.True(double.IsFinite(test.Z) && double.IsFinite(test.P));
        Assert.Equal(4, test.Count);
    }

    [Fact]
    public void Large_values_whose_differences_fit_keep_their_line()
    {
        var line = SensSlope.Estimate([1e300, 2e300, 3e300]);

        Assert.Equal(1e300, line.Slope!.Value, 1e286);
        Assert.True(double.IsFinite(line.Intercept!.Value));
    }
}
