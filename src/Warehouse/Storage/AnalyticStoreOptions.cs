namespace Safeguarding.Analytics.Warehouse.Storage;

public enum AnalyticEngine
{
    DuckDb,
    ClickHouse,
}

/// <summary>Which analytic store to use and where it lives; bound from the <c>Warehouse</c> section.</summary>
public sealed class AnalyticStoreOptions
{
    public const string SectionName = "Warehouse";

    public AnalyticEngine Engine { get; set; } = AnalyticEngine.DuckDb;

    public string DuckDbPath { get; set; } = "data-local/warehouse.duckdb";

    /// <summary>How much memory the embedded DuckDB may take before it spills to disk (its <c>memory_limit</c>).</summary>
    public string? DuckDbMemoryLimit { get; set; } = "1GB";

    /// <summary>From <c>ConnectionStrings:ClickHouse</c>, e.g. <c>Host=127.0.0.1;Port=8123</c>.</summary>
    public string? ClickHouseConnectionString { get; set; }

    public string ClickHouseDatabase { get; set; } = "safeguarding";
}
