namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>How a comparator dataset's <c>time_period</c> N maps onto the board's periods.</summary>
public enum ComparatorYearType
{
    /// <summary>"As at 31 March N" or the financial year ending in March N: belongs to <c>(N-1)-(N mod 100)</c>.</summary>
    FinancialYearEnding,

    /// <summary>A calendar-year measure (first-time entrants): keeps <c>N</c>.</summary>
    CalendarYear,

    /// <summary>A snapshot at 30 September N (social-worker workforce): falls in the financial year starting in April N.</summary>
    SeptemberSnapshot,
}
