namespace Safeguarding.Analytics.Ingest.Extracts.Scheduling;

/// <summary>
/// When the safeguarding partnership board meets, so a deep dive's extract can be ready a set number of working
/// days before the meeting that will read it. The board's own dates (<c>Board:BoardMeetingDates</c>) come first: a
/// month with a configured date meets on it. A month without one (after the last configured date, or when none are
/// given) is taken to meet on its last Thursday.
/// </summary>
public sealed class BoardMeetingCalendar
{
    private readonly DateOnly[] _dates;

    public BoardMeetingCalendar(IEnumerable<DateOnly> configuredDates)
    {
        ArgumentNullException.ThrowIfNull(configuredDates);
        _dates = configuredDates.Distinct().Order().ToArray();
    }

    /// <summary>The board's meeting in a month: the first configured date in it, else the month's last Thursday.</summary>
    public DateOnly MeetingIn(int year, int month)
    {
        foreach (var date in _dates)
        {
            if (date.Year == year && date.Month == month)
            {
                return date;
            }
        }

        return LastThursday(year, month);
    }

    public static DateOnly LastThursday(int year, int month)
    {
        var last = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));
    }
}
