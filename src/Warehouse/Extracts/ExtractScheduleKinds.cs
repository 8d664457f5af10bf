namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>The ways an extract can be scheduled.</summary>
public static class ExtractScheduleKinds
{
    /// <summary>Runs only when someone asks.</summary>
    public const string Manual = "manual";

    public const string Cron = "cron";

    /// <summary>N working days before the board meeting in month M.</summary>
    public const string BoardMeeting = "board-meeting";

    public static IReadOnlyList<string> All { get; } = [Manual, Cron, BoardMeeting];
}
