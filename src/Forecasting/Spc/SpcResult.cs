namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// An XmR chart as NHSRplotthedots computes it. The centre line and limits are null when there are too few values to
/// set them (none for the mean with no values; none for the limits with fewer than two values).
/// </summary>
/// <param name="Mean">The centre line: the mean of the charted values.</param>
/// <param name="MeanMovingRange">The average moving range used for the limits (after any screening).</param>
/// <param name="LowerProcessLimit">Mean − 2.66 × average moving range (the "three-sigma" line).</param>
/// <param name="UpperProcessLimit">Mean + 2.66 × average moving range.</param>
/// <param name="LowerNearLimit">Mean − two-thirds of 2.66 × average moving range (the "two-sigma" line).</param>
/// <param name="UpperNearLimit">Mean + two-thirds of 2.66 × average moving range.</param>
/// <param name="Points">The charted values in order; missing values (NaN or infinite) are left out.</param>
/// <param name="VariationIcon">One of <see cref="SpcVariationIcons"/>, from the latest point.</param>
/// <param name="AssuranceIcon">One of <see cref="SpcAssuranceIcons"/>.</param>
/// <param name="TrialLimits">
/// True when fewer than 13 values are charted: the limits are provisional and will move as values are added
/// (NHSRplotthedots' short-group warning).
/// </param>
public sealed record SpcResult(
    double? Mean,
    double? MeanMovingRange,
    double? LowerProcessLimit,
    double? UpperProcessLimit,
    double? LowerNearLimit,
    double? UpperNearLimit,
    IReadOnlyList<SpcPoint> Points,
    string VariationIcon,
    string AssuranceIcon,
    bool TrialLimits)
{
    /// <summary>Why no chart could be drawn although there are values (they are too large for its sums); null otherwise.</summary>
    public string? NotComputedReason { get; init; }
}
