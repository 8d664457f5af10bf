namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// The standard normal ("bell curve") distribution. Its quantile turns a confidence level into the number of
/// standard errors either side of a value: 1.96 for 95%, 3.09 for 99.8%; its tail areas turn a test statistic into a
/// p-value, accurate to about 15 significant figures.
/// </summary>
public static class NormalDistribution
{
    // Wichura (1988), Algorithm AS 241 "The percentage points of the normal distribution", Applied Statistics 37(3),
    // PPND16: three rational approximations, accurate to about one part in 10^16. Coefficients as published,
    // lowest order first.
    private static readonly double[] CentralNumerator =
    [
        3.3871328727963666080, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4,
        4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3,
    ];

    private static readonly double[] CentralDenominator =
    [
        1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
        2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3,
    ];

    private static readonly double[] NearNumerator =
    [
        1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550, 3.64784832476320460504,
        1.27045825245236838258, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4,
    ];

    private static readonly double[] NearDenominator =
    [
        1.0, 2.05319162663775882187, 1.67638483018380384940, 6.89767334985100004550e-1,
        1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9,
    ];

    private static readonly double[] FarNumerator =
    [
        6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580, 2.96560571828504891230e-1,
        2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ];

    private static readonly double[] FarDenominator =
    [
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15,
    ];

    /// <summary>
    /// The value below which a standard normal variable falls with probability <paramref name="p"/> (R's
    /// <c>qnorm(p)</c>). Minus infinity at 0 and plus infinity at 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="p"/> is not between 0 and 1.</exception>
    public static double Quantile(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must be between 0 and 1.");
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Polynomial.Evaluate(CentralNumerator, r) / Polynomial.Evaluate(CentralDenominator, r);
        }

        var tail = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        var z = tail <= 5
            ? Polynomial.Evaluate(NearNumerator, tail - 1.6) / Polynomial.Evaluate(NearDenominator, tail - 1.6)
            : Polynomial.Evaluate(FarNumerator, tail - 5) / Polynomial.Evaluate(FarDenominator, tail - 5);
        return q < 0 ? -z : z;
    }

    /// <summary>
    /// The two-sided critical value for a confidence level: <c>qnorm(confidence + (1 - confidence) / 2)</c>, the
    /// expression PHEindicatormethods uses, so the same double reaches the quantile as it does in R.
    /// </summary>
    internal static double TwoSidedCriticalValue(double confidence) => Quantile(confidence + ((1 - confidence) / 2));

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
