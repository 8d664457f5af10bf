namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// Which way is "better" for a measure, spelt as the "Making Data Count" charts spell it. It decides whether an
/// unusual point is shown as an improvement or a concern; with <see cref="Neutral"/> it is only called high or low.
/// </summary>
public static class ImprovementDirections
{
    /// <summary>Higher values are better (for example, the percentage of assessments completed in 45 days).</summary>
    public const string Increase = "increase";

    /// <summary>Lower values are better (for example, repeat referrals within 12 months).</summary>
    public const string Decrease = "decrease";

    /// <summary>Neither direction is better; unusual points are only labelled high or low.</summary>
    public const string Neutral = "neutral";

    /// <summary>True when the text is one of the three directions above.</summary>
    public static bool IsKnown(string? direction) =>
        direction is Increase or Decrease or Neutral;
}
