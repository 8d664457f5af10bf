namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// Settings for an XmR ("plot the dots") chart. The defaults are NHSRplotthedots' defaults: higher is better,
/// no target, moving-range outliers screened, and runs and trends of 7 points.
/// </summary>
/// <param name="ImprovementDirection">One of <see cref="ImprovementDirections"/>.</param>
/// <param name="Target">An optional target, used only for the assurance icon.</param>
/// <param name="ScreenOutliers">
/// When true, moving ranges of 3.267 times the average moving range or more are left out before the average moving
/// range is worked out again, so that one exceptional jump does not widen the limits.
/// </param>
/// <param name="ShiftLength">How many points in a row on one side of the mean make a shift (7; some guidance uses 6).</param>
/// <param name="TrendLength">
/// How many points in a row, each higher (or each lower) than the one before, make a trend. NHSRplotthedots counts
/// points, not rises: 7 points means 6 consecutive rises. Equal neighbouring values break a trend.
/// </param>
public sealed record SpcOptions(
    string ImprovementDirection = ImprovementDirections.Increase,
    double? Target = null,
    bool ScreenOutliers = true,
    int ShiftLength = SpcOptions.DefaultRunLength,
    int TrendLength = SpcOptions.DefaultRunLength)
{
    /// <summary>The run length NHSRplotthedots uses for both shifts and trends.</summary>
    public const int DefaultRunLength = 7;

    /// <summary>The shortest run length accepted for either rule.</summary>
    public const int MinimumRunLength = 3;

    /// <summary>NHSRplotthedots' default settings.</summary>
    public static SpcOptions Default { get; } = new();
}
