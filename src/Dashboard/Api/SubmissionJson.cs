using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>How a submission reads in the API: the record, and with its problems when one is asked for.</summary>
internal static class SubmissionJson
{
    public static object Summary(Submission s) => new
    {
        s.Id,
        agency = s.AgencyId,
        period = s.PeriodKey,
        s.FileName,
        s.Format,
        s.SizeBytes,
        sha256 = s.ContentSha256,
        s.ReceivedVia,
        s.ReceivedBy,
        s.ReceivedAt,
        status = s.Status.ToString().ToLowerInvariant(),
        statusInWords = SubmissionAttempts.Words(s),
        s.Attempts,
        attemptsAllowed = SubmissionAttempts.Allowed,
        s.RowCount,
        s.ErrorCount,
        s.WarningCount,
        s.LoadId,
        s.ReturnVersion,
        s.DuplicateOf,
        s.ProcessedAt,
        // The last failed attempt's error, in words (kept once a later attempt loads it).
        s.FailureMessage,
    };

    public static object Problem(SubmissionProblem p) => new
    {
        severity = p.Severity.ToString().ToLowerInvariant(),
        p.Code,
        p.Row,
        p.Column,
        p.Message,
    };
}
