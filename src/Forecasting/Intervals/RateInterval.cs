namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// Confidence intervals for a rate — for example children subject to a plan per 10,000 children — treating the count
/// as a Poisson variable, as PHE's <c>phe_rate</c> (PHEindicatormethods) does: Byar's method when the count is 10 or
/// more, the exact method (chi-square quantiles) when it is under 10. Unlike a proportion, a rate's count may exceed
/// its denominator (several events per person).
/// </summary>
public static class RateInterval
{
    /// <summary>The smallest count for which Byar's approximation is used instead of the exact method.</summary>
    public const double ByarThreshold = 10;

    /// <summary>
    /// The rate <paramref name="count"/> ÷ <paramref name="denominator"/> × <paramref name="multiplier"/> with its
    /// limits: exact below 10 events, Byar's from 10 upwards.
    /// </summary>
    /// <param name="count">How many events (0 or more).</param>
    /// <param name="denominator">The population or exposure the events happened in.</param>
    /// <param name="confidence">Confidence level as a fraction: 0.95 or 0.998.</param>
    /// <param name="multiplier">Rate per how many: 10,000 or 100,000 (PHE's default).</param>
    /// <returns>The interval, or null for a denominator of 0 or a missing (NaN) count or denominator.</returns>
    /// <exception cref="ArgumentException">
    /// A negative or infinite count or denominator, a confidence level outside (0, 1), a multiplier that is not
    /// positive, or figures so large the rate or its limits overflow.
    /// </exception>
    public static ConfidenceInterval? Calculate(double count, double denominator, double confidence = ConfidenceLevel.NinetyFive,
        double multiplier = 100_000)
    {
        if (!HasInterval(count, denominator, confidence, multiplier))
        {
            return null;
        }

        return FiniteInterval.Checked(
            count < ByarThreshold ? Exact(count, denominator, confidence, multiplier) : Byar(count, denominator, confidence, multiplier),
            count, denominator, multiplier);
    }

    /// <summary>
    /// The interval of a rate sent as a yearly rate — a quarter's count × 4 per 10,000 — worked out on the period's own
    /// count (exact below 10, Byar's from 10) and then scaled as the figure is: × <paramref name="multiplier"/> ÷
    /// <paramref name="denominator"/> × <paramref name="annualisationFactor"/>. Scaling the count first instead would
    /// treat four times the events as observed and give an interval half as wide as chance allows.
    /// </summary>
    /// <param name="annualisationFactor">1 for a figure as counted; 4 for a quarter's count read as a yearly rate.</param>
    /// <returns>The interval, or null for a denominator of 0 or a missing (NaN) count or denominator.</returns>
    /// <exception cref="ArgumentException">As <see cref="Calculate"/>, or a factor that is not a positive number.</exception>
    public static ConfidenceInterval? Annualised(double count, double denominator, double confidence, double multiplier,
        double annualisationFactor)
    {
        if (!double.IsFinite(annualisationFactor) || annualisationFactor <= 0)
        {
            throw new ArgumentException(
                $"The annualisation factor must be a positive number (1 as counted, 4 for a quarter read as a year); got {annualisationFactor}.",
                nameof(annualisationFactor));
        }

        ConfidenceLevel.ValidateMultiplier(multiplier, nameof(multiplier));
        return Calculate(count, denominator, confidence, multiplier * annualisationFactor);
    }

    /// <summary>
    /// Byar's approximation whatever the count. For very small counts at very high confidence Byar's lower limit
    /// would go below zero; as PHE does, it is then reported as NaN (no limit) rather than a negative rate.
    /// </summary>
    /// <returns>The interval, or null for a denominator of 0 or a missing (NaN) count or denominator.</returns>
    public static ConfidenceInterval? Byar(double count, double denominator, double confidence = ConfidenceLevel.NinetyFive,
        double multiplier = 100_000)
    {
        if (!HasInterval(count, denominator, confidence, multiplier))
        {
            return null;
        }

        var z = NormalDistribution.TwoSidedCriticalValue(confidence);
        var lower = ByarLowerCount(count, z);
        var upper = ByarUpperCount(count, z);
        return new ConfidenceInterval(count / denominator * multiplier, lower / denominator * multiplier,
            upper / denominator * multiplier, IntervalMethod.Byar);
    }

    /// <summary>
    /// The exact Poisson interval whatever the count: lower limit <c>qchisq(α/2, 2x) / 2</c>, upper limit
    /// <c>qchisq(1 − α/2, 2x + 2) / 2</c>. A count of 0 has a lower limit of exactly 0.
    /// </summary>
    /// <returns>The interval, or null for a denominator of 0 or a missing (NaN) count or denominator.</returns>
    public static ConfidenceInterval? Exact(double count, double denominator, double confidence = ConfidenceLevel.NinetyFive,
        double multiplier = 100_000)
    {
        if (!HasInterval(count, denominator, confidence, multiplier))
        {
            return null;
        }

        // The same expressions as phe_rate, so the same probabilities reach the quantile function.
        var lowerP = (1 - confidence) / 2;
        var upperP = confidence + ((1 - confidence) / 2);
        var lower = count == 0 ? 0 : ChiSquareDistribution.Quantile(lowerP, 2 * count) / 2;
        var upper = ChiSquareDistribution.Quantile(upperP, (2 * count) + 2) / 2;
        return new ConfidenceInterval(count / denominator * multiplier, lower / denominator * multiplier,
            upper / denominator * multiplier, IntervalMethod.Exact);
    }

    // x(1 − 1/(9x) − z/(3√x))³, negative results treated as no limit (PHE's byars_lower sets them to NA).
    private static double ByarLowerCount(double x, double z)
    {
        if (x == 0)
        {
            return double.NaN;
        }

        var cube = 1 - (1 / (9 * x)) - (z / (3 * Math.Sqrt(x)));
        var lower = x * cube * cube * cube;
        return lower < 0 ? double.NaN : lower;
    }

    // (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
    private static double ByarUpperCount(double x, double z)
    {
        var x1 = x + 1;
        var cube = 1 - (1 / (9 * x1)) + (z / (3 * Math.Sqrt(x1)));
        return x1 * cube * cube * cube;
    }

    // Validates the inputs; false when there is nothing to measure (missing values or a zero denominator).
    private static bool HasInterval(double count, double denominator, double confidence, double multiplier)
    {
        ConfidenceLevel.Validate(confidence, nameof(confidence));
        ConfidenceLevel.ValidateMultiplier(multiplier, nameof(multiplier));
        if (double.IsNaN(count) || double.IsNaN(denominator))
        {
            return false;
        }

        if (count < 0 || double.IsInfinity(count))
        {
            throw new ArgumentException($"The count of events must be zero or more; got {count}.", nameof(count));
        }

        if (denominator < 0 || double.IsInfinity(denominator))
        {
            throw new ArgumentException($"The denominator must be zero or more; got {denominator}.", nameof(denominator));
        }

        return denominator != 0;
    }
}
