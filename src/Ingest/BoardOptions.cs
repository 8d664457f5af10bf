namespace Safeguarding.Analytics.Ingest;

/// <summary>Bound from the <c>Board</c> section.</summary>
public sealed class BoardOptions
{
    public const string Section = "Board";

    /// <summary>The partnership's own area, by ONS or DfE code. Default Herefordshire.</summary>
    public string HomeAreaCode { get; set; } = "E06000019";

    /// <summary>Load the comparator files and the demo returns on first start (embedded mode).</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>
    /// The QA sub-group's meeting dates (ISO, e.g. 2026-03-10); an assignment must be due before the next one. After
    /// the last, or when none are given, the sub-group is taken to meet on the second Tuesday of each month.
    /// </summary>
    public IList<DateOnly> QaMeetingDates { get; } = [];

    /// <summary>
    /// The board's meeting dates (ISO, e.g. 2026-01-29); a deep-dive extract scheduled "N working days before the board
    /// meeting in month M" counts back from the date in that month. A month without a date given is taken to meet on
    /// its last Thursday.
    /// </summary>
    public IList<DateOnly> BoardMeetingDates { get; } = [];
}
