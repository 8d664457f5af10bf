namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// How a single point on the chart is classed, using NHSRplotthedots' own codes. A point is "common cause" when it is
/// consistent with the usual ups and downs of the process, and "special cause" when one of the rules flags it.
/// </summary>
public static class SpcPointTypes
{
    /// <summary>Ordinary variation: no rule flags the point.</summary>
    public const string CommonCause = "common_cause";

    /// <summary>Unusual variation in the better direction.</summary>
    public const string SpecialCauseImprovement = "special_cause_improvement";

    /// <summary>Unusual variation in the worse direction.</summary>
    public const string SpecialCauseConcern = "special_cause_concern";

    /// <summary>Unusually high, for a measure where neither direction is better.</summary>
    public const string SpecialCauseNeutralHigh = "special_cause_neutral_high";

    /// <summary>Unusually low, for a measure where neither direction is better.</summary>
    public const string SpecialCauseNeutralLow = "special_cause_neutral_low";
}
