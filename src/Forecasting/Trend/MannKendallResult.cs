namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>The Mann-Kendall trend test and Sen's slope for one series, as pyMannKendall's <c>original_test</c>.</summary>
/// <param name="Trend">One of <see cref="MannKendallTrends"/> at the chosen significance level.</param>
/// <param name="IsSignificant">True when the two-sided p-value is below the chosen level.</param>
/// <param name="P">Two-sided p-value from the normal approximation.</param>
/// <param name="Z">The standardised statistic, with the continuity correction of 1 towards zero.</param>
/// <param name="Tau">Kendall's tau: S divided by the number of pairs; null with fewer than two values.</param>
/// <param name="S">Pairs rising over time minus pairs falling.</param>
/// <param name="VarianceS">The variance of S with no trend, reduced for tied values.</param>
/// <param name="Slope">Sen's slope: the median change per period; null with fewer than two values.</param>
/// <param name="Intercept">The fitted value at period 0 on Sen's line; null with fewer than two values.</param>
/// <param name="ExactP">
/// Two-sided p-value from the exact distribution of S, given only for 2 to 10 values with no ties; otherwise null.
/// </param>
/// <param name="Count">How many values were used (missing values are left out).</param>
public sealed record MannKendallResult(
    string Trend,
    bool IsSignificant,
    double P,
    double Z,
    double? Tau,
    double S,
    double VarianceS,
    double? Slope,
    double? Intercept,
    double? ExactP,
    int Count);
