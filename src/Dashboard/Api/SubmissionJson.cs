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
        s.Attempts,
        s.RowCount,
        s.ErrorCount,
        s.WarningCount,
        s.LoadId,
        s.ReturnVersion,
        s.DuplicateOf,
        s.ProcessedAt,
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
