namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

/// <summary>Relative comparison of doubles, for figures carried over from R with all their digits.</summary>
internal static class Close
{
    public static void Equal(double expected, double actual, double relativeTolerance = 1e-12)
    {
        var scale = Math.Max(Math.Abs(expected), double.Epsilon);
        var relative = Math.Abs(actual - expected) / scale;
        Assert.True(relative <= relativeTolerance,
            $"Expected {expected:R}, got {actual:R} (relative difference {relative:E2}, allowed {relativeTolerance:E0}).");
    }
}
