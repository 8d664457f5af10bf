namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>The Fingertips "recent trend" markers.</summary>
public static class RecentTrendMarkers
{
    /// <summary>A significant rise over the last five periods.</summary>
    public const string Increasing = "increasing";

    /// <summary>A significant fall over the last five periods.</summary>
    public const string Decreasing = "decreasing";

    /// <summary>Five usable periods, but no significant rise or fall.</summary>
    public const string NoSignificantChange = "no significant change";

    /// <summary>Fewer than five usable periods in an unbroken run up to the latest, or figures that cannot be used.</summary>
    public const string CannotBeCalculated = "cannot be calculated";
}
