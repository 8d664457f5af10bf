namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// A batch of records from one file that becomes visible all at once, as an observation load does: the rows are
/// written first and the load is committed last, and every count reads only committed loads.
/// </summary>
public sealed record RecordLoad<T>(string LoadId, string Source, string Description, IEnumerable<T> Records)
{
    /// <summary>What the load carries (the file's hash); a store commits at most one load per non-empty key.</summary>
    public string SubmissionKey { get; init; } = string.Empty;
}
