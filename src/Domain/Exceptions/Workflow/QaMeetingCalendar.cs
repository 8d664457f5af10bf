namespace Safeguarding.Analytics.Domain.Exceptions.Workflow;

/// <summary>
/// When the QA sub-group meets, so an assignment can be answered before the meeting that will consider it. The
/// board's own dates (<c>Board:QaMeetingDates</c>) come first; after the last of them, or when none are given, the
/// sub-group is taken to meet on the second Tuesday of every month.
/// </summary>
public sealed class QaMeetingCalendar
{
    /// <summary>How many working days before the meeting an assignment is due unless QA chooses otherwise.</summary>
    public const int DefaultWorkingDaysNotice = 5;

    private readonly DateOnly[] _dates;

    public QaMeetingCalendar(IEnumerable<DateOnly> configuredDates)
    {
        ArgumentNullException.ThrowIfNull(configuredDates);
        _dates = configuredDates.Distinct().Order().ToArray();
    }

    /// <summary>The first meeting after <paramref name="today"/> (a meeting today has already begun, or is over).</summary>
    public DateOnly NextMeetingAfter(DateOnly today)
    {
        foreach (var date in _dates)
        {
            if (date > today)
            {
                return date;
            }
        }

        var month = new DateOnly(today.Year, today.Month, 1);
        var meeting = SecondTuesday(month);
        return meeting > today ? meeting : SecondTuesday(month.AddMonths(1));
    }

    /// <summary>
    /// The due date an assignment form offers: <see cref="DefaultWorkingDaysNotice"/> working days (Monday to Friday)
    /// before the next meeting, or today when that has passed.
    /// </summary>
    public DateOnly DefaultDueDate(DateOnly today)
    {
        var due = NextMeetingAfter(today);
        for (var counted = 0; counted < DefaultWorkingDaysNotice;)
        {
            due = due.AddDays(-1);
            if (due.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return due < today ? today : due;
    }

    /// <summary>The second Tuesday of the month <paramref name="month"/> is in.</summary>
    public static DateOnly SecondTuesday(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var toTuesday = ((int)DayOfWeek.Tuesday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toTuesday + 7);
    }
}
