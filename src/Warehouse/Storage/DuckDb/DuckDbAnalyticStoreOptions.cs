namespace Safeguarding.Analytics.Warehouse.Storage.DuckDb;

/// <summary>Where the embedded DuckDB file lives; its directory is created on first use.</summary>
public sealed record DuckDbAnalyticStoreOptions(string Path);
