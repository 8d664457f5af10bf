namespace Safeguarding.Analytics.Warehouse.Storage.DuckDb;

/// <summary>
/// Where the embedded DuckDB file lives (its directory is created on first use), and how much memory DuckDB may take
/// inside the service: past <see cref="MemoryLimit"/> a large sort — an extract of millions of rows — spills to a
/// folder beside the file instead of growing the service.
/// </summary>
public sealed record DuckDbAnalyticStoreOptions(string Path)
{
    /// <summary>DuckDB's <c>memory_limit</c>, e.g. <c>1GB</c>; null leaves DuckDB's own default (80% of the machine's memory).</summary>
    public string? MemoryLimit { get; init; } = "1GB";
}
