namespace Safeguarding.Analytics.Warehouse.Submissions;

/// <summary>What processing made of a submission; the app store writes it and its problems in one transaction.</summary>
public sealed record SubmissionOutcome
{
    public required long SubmissionId { get; init; }
    public required SubmissionStatus Status { get; init; }
    public string? AgencyId { get; init; }
    public string? PeriodKey { get; init; }
    public int RowCount { get; init; }
    public int ErrorCount { get; init; }
    public int WarningCount { get; init; }

    /// <summary>Every problem kept for the submission; replaces any from an earlier attempt. May be capped, the counts are not.</summary>
    public IReadOnlyList<SubmissionProblem> Problems { get; init; } = [];

    public string? LoadId { get; init; }
    public int? ReturnVersion { get; init; }
    public long? DuplicateOf { get; init; }
    public string? FailureMessage { get; init; }
}
