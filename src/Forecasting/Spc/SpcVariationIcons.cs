namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// The "Making Data Count" variation icon for a chart. As in NHSRplotthedots it describes the latest point only, and
/// the names follow the package's icon files: improvement and concern say whether the latest point is unusually high
/// or low.
/// </summary>
public static class SpcVariationIcons
{
    /// <summary>The latest point shows only ordinary variation.</summary>
    public const string CommonCause = "common_cause";

    /// <summary>Improvement, unusually high (higher is better).</summary>
    public const string ImprovementHigh = "improvement_high";

    /// <summary>Improvement, unusually low (lower is better).</summary>
    public const string ImprovementLow = "improvement_low";

    /// <summary>Concern, unusually high (lower is better).</summary>
    public const string ConcernHigh = "concern_high";

    /// <summary>Concern, unusually low (higher is better).</summary>
    public const string ConcernLow = "concern_low";

    /// <summary>Unusually high where neither direction is better.</summary>
    public const string NeutralHigh = "neutral_high";

    /// <summary>Unusually low where neither direction is better.</summary>
    public const string NeutralLow = "neutral_low";

    /// <summary>No icon: there are no values to chart.</summary>
    public const string None = "none";
}
