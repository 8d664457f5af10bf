namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>One charted value and how it is classed.</summary>
/// <param name="Index">Position of the value in the series given (missing values keep their place in the count).</param>
/// <param name="Value">The value.</param>
/// <param name="MovingRange">
/// The absolute difference from the previous charted value; null for the first point.
/// </param>
/// <param name="MovingRangeScreenedOut">True when this moving range was left out of the average as an outlier.</param>
/// <param name="PointType">One of <see cref="SpcPointTypes"/>.</param>
/// <param name="Rule">One of <see cref="SpcRules"/>: the rule behind <paramref name="PointType"/>.</param>
public sealed record SpcPoint(
    int Index,
    double Value,
    double? MovingRange,
    bool MovingRangeScreenedOut,
    string PointType,
    string Rule);
