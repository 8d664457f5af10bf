namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// The chi-square distribution, which PHEindicatormethods uses to write exact Poisson limits:
/// <c>qchisq(p, 2x) / 2</c>. A chi-square with k degrees of freedom is twice a gamma with shape k / 2.
/// </summary>
public static class ChiSquareDistribution
{
    /// <summary>
    /// The value below which a chi-square variable with <paramref name="degreesOfFreedom"/> falls with probability
    /// <paramref name="p"/> (R's <c>qchisq(p, df)</c>); 0 degrees of freedom is the point mass at zero, as in R.
    /// </summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (double.IsNaN(degreesOfFreedom) || degreesOfFreedom < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom,
                "Degrees of freedom must be zero or more.");
        }

        return 2 * GammaDistribution.Quantile(p, degreesOfFreedom / 2);
    }
}
