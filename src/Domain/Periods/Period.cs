using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguarding.Analytics.Domain.Periods;

/// <summary>
/// A reporting period with the board's keys: <c>2024-25 Q1</c> (financial quarter, Q1 = April–June),
/// <c>2023-24</c> (financial year) and <c>2023</c> (calendar year).
/// </summary>
public sealed partial record Period : IComparable<Period>
{
    private static readonly ConcurrentDictionary<string, Period> Parsed = new(StringComparer.Ordinal);

    private Period(PeriodKind kind, int startYear, int quarter)
    {
        Kind = kind;
        StartYear = startYear;
        Quarter = quarter;
        Key = kind switch
        {
            PeriodKind.FinancialQuarter => $"{FinancialYearKey(startYear)} Q{quarter}",
            PeriodKind.FinancialYear => FinancialYearKey(startYear),
            _ => startYear.ToString(CultureInfo.InvariantCulture),
        };
    }

    public PeriodKind Kind { get; }

    /// <summary>The calendar year in which the period starts.</summary>
    public int StartYear { get; }

    /// <summary>1–4 for a financial quarter, otherwise 0.</summary>
    public int Quarter { get; }

    /// <summary>Made once: every row of a large load asks for it.</summary>
    public string Key { get; }

    public DateOnly Start => Kind switch
    {
        PeriodKind.FinancialQuarter => new DateOnly(StartYear, 4, 1).AddMonths(3 * (Quarter - 1)),
        PeriodKind.FinancialYear => new DateOnly(StartYear, 4, 1),
        _ => new DateOnly(StartYear, 1, 1),
    };

    public DateOnly End => Kind switch
    {
        PeriodKind.FinancialQuarter => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    public static Period FinancialQuarter(int financialYearStart, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new Period(PeriodKind.FinancialQuarter, financialYearStart, quarter);
    }

    public static Period FinancialYear(int startYear) => new(PeriodKind.FinancialYear, startYear, 0);

    public static Period CalendarYear(int year) => new(PeriodKind.CalendarYear, year, 0);

    /// <summary>The financial quarter that contains a date.</summary>
    public static Period QuarterContaining(DateOnly date)
    {
        var fyStart = date.Month >= 4 ? date.Year : date.Year - 1;
        var quarter = ((date.Month + 8) % 12 / 3) + 1;
        return FinancialQuarter(fyStart, quarter);
    }

    /// <summary>
    /// DfE publishes "as at 31 March N" and financial-year figures under <c>time_period</c> N; they belong to the
    /// financial year ending in N (LAIT 2024 → <c>2023-24</c>). Calendar-year measures keep N.
    /// </summary>
    public static Period FromDfeTimePeriod(int timePeriod, bool calendarYear) =>
        calendarYear ? CalendarYear(timePeriod) : FinancialYear(timePeriod - 1);

    public static Period Parse(string key) =>
        TryParse(key, out var period)
            ? period
            : throw new FormatException($"'{key}' is not a period key: expected e.g. '2024-25 Q1', '2023-24' or '2023'.");

    public static bool TryParse([NotNullWhen(true)] string? key, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        if (key is null)
        {
            return false;
        }

        // A load repeats a handful of keys a million times; the cache holds valid keys only, and not without bound.
        if (Parsed.TryGetValue(key, out period))
        {
            return true;
        }

        if (!TryParseKey(key, out period))
        {
            return false;
        }

        if (Parsed.Count < 10_000)
        {
            Parsed.TryAdd(key, period);
        }

        return true;
    }

    private static bool TryParseKey(string key, [NotNullWhen(true)] out Period? period)
    {
        period = null;

        var match = KeyPattern().Match(key.Trim());
        if (!match.Success)
        {
            return false;
        }

        var first = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["next"].Success)
        {
            period = CalendarYear(first);
            return true;
        }

        var next = int.Parse(match.Groups["next"].Value, CultureInfo.InvariantCulture);
        if ((first + 1) % 100 != next)
        {
            return false;
        }

        period = match.Groups["quarter"].Success
            ? FinancialQuarter(first, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture))
            : FinancialYear(first);
        return true;
    }

    /// <summary>The period of the same kind that follows this one.</summary>
    public Period Next() => Kind == PeriodKind.FinancialQuarter
        ? Quarter == 4 ? FinancialQuarter(StartYear + 1, 1) : FinancialQuarter(StartYear, Quarter + 1)
        : new Period(Kind, StartYear + 1, 0);

    /// <summary>The period of the same kind that precedes this one.</summary>
    public Period Previous() => Kind == PeriodKind.FinancialQuarter
        ? Quarter == 1 ? FinancialQuarter(StartYear - 1, 4) : FinancialQuarter(StartYear, Quarter - 1)
        : new Period(Kind, StartYear - 1, 0);

    /// <summary>The financial year a quarter belongs to; a year is its own.</summary>
    public Period FinancialYearOf() => Kind == PeriodKind.FinancialQuarter ? FinancialYear(StartYear) : this;

    /// <summary>Every quarter from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static IEnumerable<Period> QuartersBetween(Period first, Period last)
    {
        if (first.Kind != PeriodKind.FinancialQuarter || last.Kind != PeriodKind.FinancialQuarter)
        {
            throw new ArgumentException("Both ends must be financial quarters.");
        }

        for (var p = first; p.CompareTo(last) <= 0; p = p.Next())
        {
            yield return p;
        }
    }

    public int CompareTo(Period? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public override string ToString() => Key;

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    private static string FinancialYearKey(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<next>\d{2})( Q(?<quarter>[1-4]))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
