using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>
/// The Mann-Kendall test for a steady upward or downward trend, computed as pyMannKendall's <c>original_test</c>.
/// It asks only whether later values tend to be higher (or lower) than earlier ones, so it is not thrown by one odd
/// year or by a curve. Missing values (NaN or infinite) are left out.
/// </summary>
public static class MannKendall
{
    /// <summary>pyMannKendall's default significance level.</summary>
    public const double DefaultAlpha = 0.05;

    /// <summary>Tests a series of values in time order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not between 0 and 1.</exception>
    public static MannKendallResult Test(IReadOnlyList<double> values, double alpha = DefaultAlpha)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The significance level must be between 0 and 1.");
        }

        var x = values.Where(double.IsFinite).ToArray();
        var n = x.Length;

        var s = 0;
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                s += Math.Sign(x[j] - x[i]);
            }
        }

        var tieGroups = x.GroupBy(v => v).Select(g => (double)g.Count()).ToArray();
        var hasTies = tieGroups.Length < n;
        var varianceS = ((n * (n - 1.0) * ((2.0 * n) + 5)) - tieGroups.Sum(t => t * (t - 1) * ((2 * t) + 5))) / 18;

        var z = s switch
        {
            > 0 => (s - 1) / Math.Sqrt(varianceS),
            < 0 => (s + 1) / Math.Sqrt(varianceS),
            _ => 0.0,
        };
        var p = NormalDistribution.TwoSidedP(z);
        var significant = p < alpha;
        var trend = !significant ? MannKendallTrends.NoTrend
            : z > 0 ? MannKendallTrends.Increasing
            : MannKendallTrends.Decreasing;

        var sen = SensSlope.Estimate(values);
        double? tau = n < 2 ? null : s / (0.5 * n * (n - 1));
        double? exact = n is >= 2 and <= KendallExactNull.MaximumLength && !hasTies
            ? KendallExactNull.TwoSidedP(n, s)
            : null;

        return new MannKendallResult(trend, significant, p, z, tau, s, varianceS, sen.Slope, sen.Intercept, exact, n);
    }
}
