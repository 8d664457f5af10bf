using System.Globalization;
using Cronos;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Ingest.Extracts.Scheduling;

/// <summary>
/// Reads an extract's schedule: when it next runs, the cron Hangfire is given for it, and the schedule in words. A
/// cron schedule is the analyst's cron (UTC). "N working days before the board meeting in month M" moves from year to
/// year, so no single cron can say it: Hangfire is given a cron for the next occurrence's date at 07:00 UTC, worked out
/// again at every start and after each scheduled run.
/// </summary>
public sealed class ExtractScheduleRules(BoardMeetingCalendar calendar)
{
    /// <summary>The hour (UTC) a board-meeting extract runs on its day: before the working day begins.</summary>
    public const int BoardMeetingRunHourUtc = 7;

    /// <summary>Null when the cron is one Hangfire can run; else why not, in words.</summary>
    public static string? CronProblem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "schedule.cron must be given for a cron schedule, e.g. '0 7 1 * *' (07:00 UTC on the 1st of each month).";
        }

        try
        {
            CronExpression.Parse(cron.Trim(), CronFormat.Standard);
            return null;
        }
        catch (CronFormatException problem)
        {
            return $"schedule.cron '{cron}' is not a five-field cron expression (minute hour day month weekday): {problem.Message}";
        }
    }

    /// <summary>When the extract next runs by itself after <paramref name="nowUtc"/>; null when it runs only on request.</summary>
    public DateTime? NextRun(ExtractSchedule schedule, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!schedule.Enabled)
        {
            return null;
        }

        return schedule.Kind switch
        {
            ExtractScheduleKinds.Cron when CronProblem(schedule.Cron) is null =>
                CronExpression.Parse(schedule.Cron!.Trim()).GetNextOccurrence(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), TimeZoneInfo.Utc),
            ExtractScheduleKinds.BoardMeeting when schedule is { WorkingDaysBefore: { } days, BoardMonth: { } month } =>
                NextBoardMeetingRun(days, month, nowUtc),
            _ => null,
        };
    }

    /// <summary>The cron Hangfire is given, or null when the extract is not to run by itself.</summary>
    public string? HangfireCron(ExtractSchedule schedule, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Kind == ExtractScheduleKinds.Cron)
        {
            return schedule.Enabled ? schedule.Cron?.Trim() : null;
        }

        return NextRun(schedule, nowUtc) is { } next
            ? string.Create(CultureInfo.InvariantCulture, $"0 {BoardMeetingRunHourUtc} {next.Day} {next.Month} *")
            : null;
    }

    /// <summary>The schedule as the page says it.</summary>
    public static string Describe(ExtractSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var words = schedule.Kind switch
        {
            ExtractScheduleKinds.Cron => $"On the cron '{schedule.Cron}' (UTC)",
            ExtractScheduleKinds.BoardMeeting when schedule.BoardMonth is >= 1 and <= 12 =>
                $"{schedule.WorkingDaysBefore} working day{(schedule.WorkingDaysBefore == 1 ? string.Empty : "s")} before the " +
                $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(schedule.BoardMonth.Value)} board meeting",
            _ => "On request only",
        };
        return schedule.Enabled || schedule.Kind == ExtractScheduleKinds.Manual ? words : words + " (switched off)";
    }

    private DateTime? NextBoardMeetingRun(int workingDays, int month, DateTime nowUtc)
    {
        // The run can fall in the year before its meeting (a January meeting, many days' notice), so last year's
        // meeting is looked at too.
        for (var year = nowUtc.Year - 1; year <= nowUtc.Year + 2; year++)
        {
            var day = EnglandAndWalesBankHolidays.WorkingDaysBefore(calendar.MeetingIn(year, month), workingDays);
            var runAt = day.ToDateTime(new TimeOnly(BoardMeetingRunHourUtc, 0), DateTimeKind.Utc);
            if (runAt > nowUtc)
            {
                return runAt;
            }
        }

        return null;
    }
}
