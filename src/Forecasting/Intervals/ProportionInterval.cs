namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// Confidence intervals for a proportion — for example the share of child protection plans that were repeat plans —
/// by the Wilson score method, as PHE's <c>phe_proportion</c> (PHEindicatormethods) and Fingertips calculate them.
/// Unlike the textbook "value ± 1.96 standard errors", Wilson limits never fall below 0 or above 100% and stay
/// sensible for small numbers.
/// </summary>
public static class ProportionInterval
{
    /// <summary>
    /// The proportion <paramref name="numerator"/> ÷ <paramref name="denominator"/> × <paramref name="multiplier"/>
    /// with its Wilson score limits at <paramref name="confidence"/>.
    /// </summary>
    /// <param name="numerator">How many met the condition (0 or more, at most the denominator).</param>
    /// <param name="denominator">How many there were in all.</param>
    /// <param name="confidence">Confidence level as a fraction: 0.95 or 0.998.</param>
    /// <param name="multiplier">1 for a proportion, 100 for a percentage.</param>
    /// <returns>
    /// The interval, or null when there is nothing to measure: a denominator of 0, or a numerator or denominator
    /// that is missing (NaN). A numerator of 0 gives a lower limit of exactly 0; a numerator equal to the
    /// denominator gives an upper limit of exactly 1 × multiplier.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// A negative or infinite count, a numerator above the denominator, a confidence level outside (0, 1), a
    /// multiplier that is not positive, or figures so large the limits overflow.
    /// </exception>
    public static ConfidenceInterval? Wilson(double numerator, double denominator, double confidence = ConfidenceLevel.NinetyFive,
        double multiplier = 1)
    {
        ConfidenceLevel.Validate(confidence, nameof(confidence));
        ConfidenceLevel.ValidateMultiplier(multiplier, nameof(multiplier));
        if (double.IsNaN(numerator) || double.IsNaN(denominator))
        {
            return null;
        }

        if (numerator < 0 || double.IsInfinity(numerator))
        {
            throw new ArgumentException($"The numerator must be zero or more; got {numerator}.", nameof(numerator));
        }

        if (denominator < 0 || double.IsInfinity(denominator))
        {
            throw new ArgumentException($"The denominator must be zero or more; got {denominator}.", nameof(denominator));
        }

        if (numerator > denominator)
        {
            throw new ArgumentException(
                $"For a proportion the numerator ({numerator}) cannot be larger than the denominator ({denominator}).",
                nameof(numerator));
        }

        if (denominator == 0)
        {
            return null;
        }

        var z = NormalDistribution.TwoSidedCriticalValue(confidence);
        var lower = numerator == 0 ? 0 : Limit(numerator, denominator, z, -1);
        var upper = numerator == denominator ? 1 : Limit(numerator, denominator, z, +1);
        return FiniteInterval.Checked(
            new ConfidenceInterval(numerator / denominator * multiplier, lower * multiplier, upper * multiplier, IntervalMethod.Wilson),
            numerator, denominator, multiplier);
    }

    // (2x + z² ± z√(z² + 4x(1 − x/n))) / 2 / (n + z²), term for term as wilson_lower / wilson_upper write it.
    private static double Limit(double x, double n, double z, int sign)
    {
        var zz = z * z;
        return ((2 * x) + zz + (sign * z * Math.Sqrt(zz + (4 * x * (1 - (x / n)))))) / 2 / (n + zz);
    }
}
