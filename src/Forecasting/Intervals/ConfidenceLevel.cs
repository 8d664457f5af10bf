namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// The confidence levels Fingertips and PHE publish: 95% (the usual comparison) and 99.8% (the stricter one, "about
/// three standard errors"). Any level strictly between 0 and 1 may be asked for.
/// </summary>
public static class ConfidenceLevel
{
    /// <summary>95% confidence: the limits would miss the true value about one time in twenty.</summary>
    public const double NinetyFive = 0.95;

    /// <summary>99.8% confidence: the limits would miss the true value about one time in five hundred.</summary>
    public const double NinetyNinePointEight = 0.998;

    /// <summary>Rejects a level that is not a fraction strictly between 0 and 1 (95% is 0.95, not 95).</summary>
    /// <exception cref="ArgumentException">When the level is outside (0, 1) or not a number.</exception>
    internal static void Validate(double confidence, string parameterName)
    {
        if (double.IsNaN(confidence) || confidence <= 0 || confidence >= 1)
        {
            throw new ArgumentException(
                $"The confidence level must be a fraction strictly between 0 and 1 (for example 0.95 or 0.998); got {confidence}.",
                parameterName);
        }
    }

    /// <summary>Rejects a multiplier that is not a positive, finite number.</summary>
    /// <exception cref="ArgumentException">When the multiplier is zero, negative or not finite.</exception>
    internal static void ValidateMultiplier(double multiplier, string parameterName)
    {
        if (!double.IsFinite(multiplier) || multiplier <= 0)
        {
            throw new ArgumentException(
                $"The multiplier must be a positive number (1, 100, 10000, 100000 …); got {multiplier}.", parameterName);
        }
    }
}
