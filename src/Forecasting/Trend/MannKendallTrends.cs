namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>The Mann-Kendall verdicts, spelt as pyMannKendall spells them.</summary>
public static class MannKendallTrends
{
    /// <summary>A significant upward trend.</summary>
    public const string Increasing = "increasing";

    /// <summary>A significant downward trend.</summary>
    public const string Decreasing = "decreasing";

    /// <summary>No significant trend at the chosen level.</summary>
    public const string NoTrend = "no trend";
}
