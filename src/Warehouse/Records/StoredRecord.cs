using System.Globalization;

namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// How every engine keeps records: the names of feeds and risk levels in the tables, the row number each record is
/// stored with, and the words of the checks made before a load is committed.
/// </summary>
internal static class StoredRecord
{
    /// <summary>Problems named per refused load; the rest of a bad file's problems are only counted.</summary>
    public const int MaxProblems = 1000;

    /// <summary>The three entering types as the warehouse names them, for the SQL that picks first-time entrants.</summary>
    public static IReadOnlyList<string> EnteringTypeCodes { get; } =
        [.. OutcomeTypes.All.Where(t => t.EntersYouthJustice()).Select(t => t.Code())];

    public static string FeedCode(RecordFeed feed) => feed switch
    {
        RecordFeed.DomesticAbuseIncidents => "da",
        RecordFeed.YouthJusticeOutcomes => "yj",
        _ => "population",
    };

    public static string RiskCode(RiskLevel level) => level switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        _ => "standard",
    };

    /// <summary>The file row of the record at this position in its load: the header is row 1, the first record row 2.</summary>
    public static uint SourceRow(long position) => checked((uint)(position + 2));

    public static void CheckLoad<T>(RecordLoad<T> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentException.ThrowIfNullOrWhiteSpace(load.LoadId);
        ArgumentNullException.ThrowIfNull(load.Records);
    }

    public static byte Age(YouthJusticeOutcome outcome) =>
        outcome.AgeAtOutcome is >= 0 and <= byte.MaxValue
            ? (byte)outcome.AgeAtOutcome
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome.AgeAtOutcome, $"Age at outcome {outcome.AgeAtOutcome} for person {outcome.PersonId} is not an age.");

    public static ushort MidYear(ChildPopulation estimate) =>
        estimate.MidYear is >= 1900 and <= 2200
            ? (ushort)estimate.MidYear
            : throw new ArgumentOutOfRangeException(nameof(estimate), estimate.MidYear, $"Mid-year {estimate.MidYear} for area {estimate.AreaCode} is not a year.");

    public static ulong Count(ChildPopulation estimate) =>
        estimate.Aged10To17 >= 0
            ? (ulong)estimate.Aged10To17
            : throw new ArgumentOutOfRangeException(nameof(estimate), estimate.Aged10To17, $"The population of area {estimate.AreaCode} in {estimate.MidYear} is below zero.");

    public static InvalidOperationException AlreadyCommitted<T>(RecordLoad<T> load) =>
        new($"Record load {load.LoadId} (submission key '{load.SubmissionKey}') is already committed.");

    public static RecordProblem RepeatedInLoad(long row, string incidentId, long firstRow) =>
        new(row, "incident_id", string.Create(
            CultureInfo.InvariantCulture,
            $"incident id {incidentId} is given twice in this file, in row {firstRow} and in row {row}; each incident must appear once."));

    public static RecordProblem AlreadyHeld(long row, string incidentId) =>
        new(row, "incident_id", string.Create(
            CultureInfo.InvariantCulture,
            $"incident id {incidentId} is already held, from an earlier file; a stored incident is never replaced, so send corrections as new incidents with ids of their own."));

    public static RecordLoadException Refused(string loadId, IReadOnlyList<RecordProblem> problems) =>
        new(string.Create(
                CultureInfo.InvariantCulture,
                $"Record load {loadId} was refused: {problems.Count} incident id problem(s), the first in row {problems[0].Row}: {problems[0].Message}"),
            [.. problems.OrderBy(p => p.Row).Take(MaxProblems)]);

    /// <summary>
    /// Counts in the order the store promises — area by ordinal comparison, then quarter — whatever order the engine's
    /// collation gave (byte order and UTF-16 order part only above U+FFFF, but the contract is exact).
    /// </summary>
    public static IReadOnlyList<DerivedCount> InAreaAndPeriodOrder(IEnumerable<(DerivedCount Count, long Quarter)> counts) =>
        [.. counts.OrderBy(c => c.Count.AreaCode, StringComparer.Ordinal).ThenBy(c => c.Quarter).Select(c => c.Count)];

    /// <summary>A count row from the engines' SQL, with the quarter as <see cref="RecordIndicatorReference.QuarterIndex"/> numbers it.</summary>
    public static DerivedCount ToCount(string indicatorId, string areaCode, long quarter, long numerator, long? denominator) =>
        new(indicatorId, areaCode, RecordIndicatorReference.QuarterOf(checked((int)quarter)).Key, numerator, denominator);
}
