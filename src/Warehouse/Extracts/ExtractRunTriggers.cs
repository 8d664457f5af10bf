namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>What started a run.</summary>
public static class ExtractRunTriggers
{
    public const string Manual = "manual";
    public const string Schedule = "schedule";
}
