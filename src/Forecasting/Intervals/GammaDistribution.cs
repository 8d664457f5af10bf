namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// The gamma distribution with scale 1. Its quantile gives the exact (Poisson) confidence limits for a count: the
/// lower limit for a count of x at tail probability α/2 is the gamma quantile with shape x, the upper limit the
/// quantile at 1 − α/2 with shape x + 1.
/// </summary>
public static class GammaDistribution
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-15;

    /// <summary>
    /// The value below which a gamma variable with shape <paramref name="shape"/> falls with probability
    /// <paramref name="p"/> (R's <c>qgamma(p, shape)</c>). Shape 0 is the point mass at zero, as in R.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When p is outside [0, 1] or the shape is negative.</exception>
    public static double Quantile(double p, double shape)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must be between 0 and 1.");
        }

        if (double.IsNaN(shape) || shape < 0 || double.IsInfinity(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The shape must be zero or a positive number.");
        }

        if (shape == 0 || p == 0)
        {
            return 0;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        // Upper quantiles are solved on the upper tail, so that 1 − p (exact for p ≥ 0.5) keeps its digits.
        var useUpperTail = p > 0.5;
        var upperTarget = 1 - p;
        var x = StartingPoint(p, shape);

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var error = useUpperTail
                ? upperTarget - GammaFunction.UpperRegularised(shape, x)
                : GammaFunction.LowerRegularised(shape, x) - p;
            var density = GammaFunction.Density(shape, x);
            if (density <= 0 || !double.IsFinite(density))
            {
                break;
            }

            // Halley's step: Newton's step corrected for the curvature of the distribution function.
            var newton = error / density;
            var curvature = newton * (((shape - 1) / x) - 1);
            var step = newton / (1 - (0.5 * Math.Min(1, curvature)));
            var next = x - step;
            if (next <= 0)
            {
                next = x / 2;
            }

            var converged = Math.Abs(next - x) <= Tolerance * next;
            x = next;
            if (converged || error == 0)
            {
                break;
            }
        }

        return x;
    }

    // Wilson–Hilferty's cube-root normal approximation for larger shapes; for small shapes the leading terms of the
    // lower tail (P ≈ x^a / Γ(a + 1)) and of the exponential upper tail.
    private static double StartingPoint(double p, double shape)
    {
        if (shape > 1)
        {
            var z = NormalDistribution.Quantile(p);
            var cube = 1 - (1 / (9 * shape)) + (z / (3 * Math.Sqrt(shape)));
            return Math.Max(1e-3 * shape, shape * cube * cube * cube);
        }

        var split = 1 - (shape * (0.253 + (shape * 0.12)));
        return p < split
            ? Math.Pow(p / split, 1 / shape)
            : 1 - Math.Log(1 - ((p - split) / (1 - split)));
    }
}
