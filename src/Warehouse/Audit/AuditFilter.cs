namespace Safeguarding.Analytics.Warehouse.Audit;

/// <summary>Which audit events to read, newest first. Null filters mean "all".</summary>
public sealed record AuditFilter
{
    /// <summary>Events at or after this time (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Events before this time (UTC).</summary>
    public DateTime? To { get; init; }

    public string? Actor { get; init; }

    public string? Action { get; init; }

    public string? SubjectType { get; init; }

    public string? SubjectId { get; init; }

    public int Limit { get; init; } = 500;

    /// <summary>The filter for a subject written as <c>type</c> or <c>type:id</c>, such as <c>submission:17</c>; null for any.</summary>
    public AuditFilter WithSubject(string? subject)
    {
        var colon = subject?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return this with
        {
            SubjectType = colon < 0 ? subject : subject![..colon],
            SubjectId = colon < 0 ? null : subject![(colon + 1)..],
        };
    }
}
