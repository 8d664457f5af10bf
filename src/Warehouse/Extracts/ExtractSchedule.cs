namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>
/// When an extract runs by itself: never (<see cref="ExtractScheduleKinds.Manual"/>), on a cron expression, or a number
/// of working days before the board meeting in a month of the year.
/// </summary>
public sealed record ExtractSchedule
{
    public required string Kind { get; init; }

    /// <summary>For <see cref="ExtractScheduleKinds.Cron"/>: five fields, read in UTC.</summary>
    public string? Cron { get; init; }

    /// <summary>For <see cref="ExtractScheduleKinds.BoardMeeting"/>: how many working days before the meeting.</summary>
    public int? WorkingDaysBefore { get; init; }

    /// <summary>For <see cref="ExtractScheduleKinds.BoardMeeting"/>: the month (1–12) whose board meeting it is for.</summary>
    public int? BoardMonth { get; init; }

    /// <summary>A schedule switched off keeps its settings but does not run.</summary>
    public bool Enabled { get; init; } = true;

    public static ExtractSchedule Manual() => new() { Kind = ExtractScheduleKinds.Manual, Enabled = false };

    public static ExtractSchedule OnCron(string cron) => new() { Kind = ExtractScheduleKinds.Cron, Cron = cron };

    public static ExtractSchedule BeforeBoardMeeting(int workingDays, int month) =>
        new() { Kind = ExtractScheduleKinds.BoardMeeting, WorkingDaysBefore = workingDays, BoardMonth = month };
}
