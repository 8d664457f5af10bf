namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>How a run stands.</summary>
public static class ExtractRunStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Queued, Running, Succeeded, Failed];
}
