namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>The standard normal distribution's tail areas, accurate to about 15 significant figures.</summary>
internal static class NormalDistribution
{
    private const double TwoOverRootPi = 1.1283791670955126;
    private const double OneOverRootPi = 0.5641895835477563;

    /// <summary>
    /// Two-sided tail area: the chance that a standard normal value is at least |z| from zero. Worked out as
    /// 2 × (1 − Φ(|z|)), the way pyMannKendall does with SciPy, so areas below about 1e-16 come out as exactly 0.
    /// </summary>
    public static double TwoSidedP(double z) => 2 * (1 - Cdf(Math.Abs(z)));

    /// <summary>Φ(z): the chance that a standard normal value is at most z.</summary>
    public static double Cdf(double z) => z >= 0 ? 1 - (0.5 * Erfc(z / Math.Sqrt(2))) : 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>Complementary error function for x ≥ 0 (negative x is reflected).</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < 0)
        {
            return 2 - Erfc(-x);
        }

        return x < 2.5 ? 1 - ErfBySeries(x) : ErfcByContinuedFraction(x);
    }

    // erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ x / (1·3·…·(2n+1)); every term is positive, so nothing cancels.
    private static double ErfBySeries(double x)
    {
        var term = x;
        var sum = x;
        var twoXSquared = 2 * x * x;
        for (var n = 1; n < 200 && term > sum * 1e-17; n++)
        {
            term *= twoXSquared / ((2 * n) + 1);
            sum += term;
        }

        return TwoOverRootPi * Math.Exp(-x * x) * sum;
    }

    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the tail upwards.
    private static double ErfcByContinuedFraction(double x)
    {
        var fraction = x;
        for (var k = 200; k >= 1; k--)
        {
            fraction = x + (k / 2.0 / fraction);
        }

        return OneOverRootPi * Math.Exp(-x * x) / fraction;
    }
}
