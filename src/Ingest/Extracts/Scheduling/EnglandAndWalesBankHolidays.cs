namespace Safeguarding.Analytics.Ingest.Extracts.Scheduling;

/// <summary>
/// The bank holidays of England and Wales, computed: New Year's Day, Good Friday, Easter Monday, the early May
/// holiday (first Monday of May), the spring holiday (last Monday of May), the summer holiday (last Monday of
/// August), Christmas Day and Boxing Day, with a substitute weekday when one falls at a weekend. The moves and one-off
/// holidays proclaimed since 2012 are listed (jubilees, the 2020 VE-day move, the late Queen's funeral, the
/// coronation); one proclaimed in future is not known until it is added here.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    private static readonly Dictionary<DateOnly, DateOnly> Moved = new()
    {
        [new DateOnly(2012, 5, 28)] = new DateOnly(2012, 6, 4),  // spring, for the Diamond Jubilee
        [new DateOnly(2020, 5, 4)] = new DateOnly(2020, 5, 8),   // early May, to VE day's 75th anniversary
        [new DateOnly(2022, 5, 30)] = new DateOnly(2022, 6, 2),  // spring, for the Platinum Jubilee
    };

    private static readonly DateOnly[] Added =
    [
        new(2012, 6, 5),   // Diamond Jubilee
        new(2022, 6, 3),   // Platinum Jubilee
        new(2022, 9, 19),  // the State Funeral of Queen Elizabeth II
        new(2023, 5, 8),   // the coronation of King Charles III
    ];

    /// <summary>The year's bank holidays, in date order.</summary>
    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var (christmas, boxingDay) = ChristmasHolidays(year);
        DateOnly[] usual =
        [
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            christmas,
            boxingDay,
        ];
        return [.. usual.Select(d => Moved.GetValueOrDefault(d, d)).Concat(Added.Where(d => d.Year == year)).Order()];
    }

    public static bool IsBankHoliday(DateOnly date) => For(date.Year).Contains(date);

    /// <summary>Monday to Friday and not a bank holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>The working day <paramref name="workingDays"/> working days before <paramref name="date"/>.</summary>
    public static DateOnly WorkingDaysBefore(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // Christmas on a Saturday: Monday 27th and Tuesday 28th. On a Sunday: Boxing Day Monday, Christmas Tuesday 27th.
    // Boxing Day alone on a Saturday (Christmas Friday): Monday 28th.
    private static (DateOnly Christmas, DateOnly BoxingDay) ChristmasHolidays(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Saturday => (christmas.AddDays(2), christmas.AddDays(3)),
            DayOfWeek.Sunday => (christmas.AddDays(2), christmas.AddDays(1)),
            DayOfWeek.Friday => (christmas, christmas.AddDays(3)),
            _ => (christmas, christmas.AddDays(1)),
        };
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
