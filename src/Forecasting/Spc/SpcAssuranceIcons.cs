namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// The "Making Data Count" assurance icon: can the process be relied on to meet its target? As in NHSRplotthedots,
/// the target is compared with the process limits, not with any single value.
/// </summary>
public static class SpcAssuranceIcons
{
    /// <summary>The target lies outside the limits on the worse side: the process will consistently meet it.</summary>
    public const string Pass = "pass";

    /// <summary>The target lies outside the limits on the better side: the process will consistently miss it.</summary>
    public const string Fail = "fail";

    /// <summary>The target lies within the limits: the process will sometimes meet it and sometimes not.</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>
    /// No assurance can be given: there is no target, the measure has no better direction, or there are too few
    /// values to set limits.
    /// </summary>
    public const string None = "none";
}
