using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// A batch of observations that becomes visible all at once: the rows are written first and the load is committed
/// last, and reads only see rows of committed loads, so a load that fails half-way is never seen.
/// </summary>
public sealed record ObservationLoad(string LoadId, string Source, string Description, IEnumerable<Observation> Observations)
{
    /// <summary>
    /// What the load carries, e.g. <c>submission:42</c> or a comparator file's hash. A store commits at most one load
    /// per key, so a job that retries after an uncertain commit can ask whether its load already landed.
    /// </summary>
    public string SubmissionKey { get; init; } = string.Empty;

    public static string NewId() => Guid.NewGuid().ToString("N");
}

/// <summary>A committed load, as the analytic store records it.</summary>
public sealed record LoadRecord(string LoadId, string Source, string Description, long RowCount, DateTime CommittedAt)
{
    /// <summary>The <see cref="ObservationLoad.SubmissionKey"/> it was committed with; empty when none was given.</summary>
    public string SubmissionKey { get; init; } = string.Empty;
}
