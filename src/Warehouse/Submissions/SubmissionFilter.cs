namespace Safeguarding.Analytics.Warehouse.Submissions;

/// <summary>Which submissions to list, newest first. Null filters mean "all".</summary>
public sealed record SubmissionFilter
{
    public string? AgencyId { get; init; }
    public string? PeriodKey { get; init; }
    public SubmissionStatus? Status { get; init; }

    /// <summary>At most this many, newest first.</summary>
    public int Limit { get; init; } = 200;
}
