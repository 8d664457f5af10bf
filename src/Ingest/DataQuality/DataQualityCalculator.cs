using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.DataQuality;

/// <summary>
/// Scores an agency's return for a quarter on four dimensions from 0 to 1, and out of 100 overall (their mean):
/// completeness — the expected indicators the latest file holds; timeliness — 1 when the first return that loaded
/// arrived by the deadline, less 0.1 a day late (0 when nothing has loaded and the deadline has passed); validity —
/// the rows free of errors (0 when an error concerns the whole file); consistency — the rows free of plausibility
/// warnings.
/// </summary>
public static class DataQualityCalculator
{
    public static DataQualityScore Calculate(
        Agency agency, Period quarter, ValidatedReturn validated, SubmissionOutcome outcome, DateTime? firstLoadedReceivedAt, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(validated);
        ArgumentNullException.ThrowIfNull(outcome);
        var expected = validated.ExpectedIndicatorIds;
        var received = expected.Count(validated.ReceivedIndicatorIds.Contains);
        var deadline = agency.ReturnDeadline(quarter);
        var daysLate = DaysLate(deadline, firstLoadedReceivedAt ?? utcNow);
        var timeliness = firstLoadedReceivedAt is null
            ? (daysLate > 0 ? 0 : 1)
            : Math.Max(0, 1 - (0.1 * daysLate));
        var rows = outcome.RowCount;
        var validity = outcome.ErrorCount == 0 ? 1
            : rows == 0 || validated.RowsWithErrors == 0 ? 0
            : (rows - validated.RowsWithErrors) / (double)rows;
        var rowsWarned = outcome.Problems.Where(p => p.Severity == ProblemSeverity.Warning && p.Row is not null).Select(p => p.Row).Distinct().Count();
        var consistency = rows == 0 ? 1 : 1 - (rowsWarned / (double)rows);
        var completeness = expected.Count == 0 ? 1 : received / (double)expected.Count;
        return new DataQualityScore
        {
            AgencyId = agency.Id,
            PeriodKey = quarter.Key,
            SubmissionId = outcome.SubmissionId,
            ExpectedIndicators = expected.Count,
            ReceivedIndicators = received,
            Completeness = completeness,
            Deadline = deadline,
            FirstLoadedReceivedAt = firstLoadedReceivedAt,
            DaysLate = daysLate,
            Timeliness = timeliness,
            RowCount = rows,
            ErrorCount = outcome.ErrorCount,
            Validity = validity,
            WarningCount = outcome.WarningCount,
            Consistency = consistency,
            Score = Math.Round(100 * (completeness + timeliness + validity + consistency) / 4, 1, MidpointRounding.AwayFromZero),
            ComputedAt = utcNow,
        };
    }

    /// <summary>Whole days after the deadline day (received on the deadline day is on time).</summary>
    public static int DaysLate(DateOnly deadline, DateTime receivedUtc) =>
        Math.Max(0, DateOnly.FromDateTime(receivedUtc).DayNumber - deadline.DayNumber);
}
