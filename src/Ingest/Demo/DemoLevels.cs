using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>The expected quarterly values of one indicator before noise and planted events.</summary>
internal static class DemoLevels
{
    public static double[] For(Indicator indicator, IReadOnlyList<Period> quarters, DemoInputs inputs, LocalBaseline? baseline)
    {
        var published = inputs.AnnualLevels
            .Where(pair => pair.Key.IndicatorId == indicator.Id && Period.TryParse(pair.Key.PeriodKey, out _))
            .ToDictionary(pair => Period.Parse(pair.Key.PeriodKey).StartYear, pair => pair.Value);

        if (published.Count == 0)
        {
            var level = baseline?.Level
                ?? throw new InvalidOperationException($"Indicator '{indicator.Id}' has neither a published annual value nor a local baseline.");
            return [.. quarters.Select(_ => level)];
        }

        double Level(int year) => LevelOrNearest(published, year);

        return indicator.ComparatorYearType == ComparatorYearType.CalendarYear
            ? [.. quarters.Select(q => RollingYear(q, Level))]
            : [.. quarters.Select(q => WithinFinancialYear(q, Level))];
    }

    /// <summary>
    /// A year without a published value takes the nearest year that has one, the earlier on a tie (carried forward).
    /// </summary>
    private static double LevelOrNearest(Dictionary<int, double> published, int year)
    {
        for (var distance = 0; ; distance++)
        {
            if (published.TryGetValue(year - distance, out var earlier))
            {
                return earlier;
            }

            if (published.TryGetValue(year + distance, out var later))
            {
                return later;
            }
        }
    }

    /// <summary>
    /// Quarter q of year y sits at L(y) + (q - 2.5) × slope, the slope being a quarter of the yearly change from y-1
    /// to y+1: the quarters drift towards the next year, and their mean is exactly the published level.
    /// </summary>
    private static double WithinFinancialYear(Period quarter, Func<int, double> level)
    {
        var year = quarter.StartYear;
        var slopePerQuarter = (level(year + 1) - level(year - 1)) / 8;
        return level(year) + ((quarter.Quarter - 2.5) * slopePerQuarter);
    }

    /// <summary>
    /// Rolling 12 months to the quarter's end, from calendar-year values: the 12 months to December are the calendar
    /// year itself; quarters in between are interpolated (12 months to March Y+1 = ¾ of year Y and ¼ of Y+1).
    /// </summary>
    private static double RollingYear(Period quarter, Func<int, double> level)
    {
        var end = quarter.End;
        var monthsAfterDecember = end.Month == 12 ? 0 : end.Month;
        var year = end.Month == 12 ? end.Year : end.Year - 1;
        var fraction = monthsAfterDecember / 12.0;
        return level(year) + (fraction * (level(year + 1) - level(year)));
    }

    /// <summary>True when the quarter's rolling year is exactly a calendar year: it carries the published value.</summary>
    public static bool IsCalendarYearAnchor(Indicator indicator, Period quarter) =>
        indicator.ComparatorYearType == ComparatorYearType.CalendarYear && quarter.End.Month == 12;
}
