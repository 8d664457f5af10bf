using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Domain.Catalogue;

public static class ComparatorYearTypeExtensions
{
    /// <summary>The board's period for a comparator's <c>time_period</c> N.</summary>
    public static Period PeriodOf(this ComparatorYearType yearType, int timePeriod) => yearType switch
    {
        ComparatorYearType.FinancialYearEnding => Period.FinancialYear(timePeriod - 1),
        ComparatorYearType.CalendarYear => Period.CalendarYear(timePeriod),
        ComparatorYearType.SeptemberSnapshot => Period.FinancialYear(timePeriod),
        _ => throw new ArgumentOutOfRangeException(nameof(yearType), yearType, "Unknown comparator year type."),
    };
}
