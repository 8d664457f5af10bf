namespace Safeguarding.Analytics.Domain.Periods;

/// <summary>The three shapes of period the board reports on.</summary>
public enum PeriodKind
{
    /// <summary>A financial quarter, e.g. <c>2024-25 Q1</c> (April to June 2024).</summary>
    FinancialQuarter,

    /// <summary>A financial year, e.g. <c>2023-24</c> (April 2023 to March 2024).</summary>
    FinancialYear,

    /// <summary>A calendar year, e.g. <c>2023</c>.</summary>
    CalendarYear,
}
