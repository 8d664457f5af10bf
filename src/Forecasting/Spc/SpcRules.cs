namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// The rule that flagged a point. When several rules flag the same point, the one reported follows NHSRplotthedots'
/// order of precedence: <see cref="OutsideLimits"/>, then <see cref="Trend"/>, then <see cref="TwoOfThree"/>,
/// then <see cref="Shift"/>.
/// </summary>
public static class SpcRules
{
    /// <summary>No rule flags the point.</summary>
    public const string None = "none";

    /// <summary>The point lies above the upper or below the lower process limit.</summary>
    public const string OutsideLimits = "outside_limits";

    /// <summary>The point is part of a run of consecutive rises or falls (7 points by default).</summary>
    public const string Trend = "trend";

    /// <summary>
    /// The point lies between a near (two-sigma) limit and a process limit, and is one of at least two such points
    /// within three consecutive points that all lie on the same side of the mean.
    /// </summary>
    public const string TwoOfThree = "two_of_three";

    /// <summary>The point is part of a run of points all on the same side of the mean (7 points by default).</summary>
    public const string Shift = "shift";
}
