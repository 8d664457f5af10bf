using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Benchmarks.Storage;

/// <summary>Throwaway stores: a DuckDB file in the temp folder, a ClickHouse database on the server in SGA_BENCH_CLICKHOUSE.</summary>
internal static class BenchmarkStores
{
    public static string ClickHouseConnectionString =>
        Environment.GetEnvironmentVariable("SGA_BENCH_CLICKHOUSE") is { Length: > 0 } value ? value : "Host=127.0.0.1;Port=8123";

    /// <summary>The server's host and native port (HTTP port + 1, as scripts/clickhouse-start.sh sets it) for clickhouse-client.</summary>
    public static (string Host, int NativePort) ClickHouseEndpoint
    {
        get
        {
            var parts = ClickHouseConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : string.Empty, StringComparer.OrdinalIgnoreCase);
            var host = parts.TryGetValue("Host", out var h) ? h : "127.0.0.1";
            var port = parts.TryGetValue("Port", out var p) ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 8123;
            return (host, port == 8123 ? 9000 : port + 1);
        }
    }

    public static (DuckDbAnalyticStore Store, string Directory) NewDuckDb()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sga-bench-" + Guid.NewGuid().ToString("N"));
        var store = new DuckDbAnalyticStore(new DuckDbAnalyticStoreOptions(Path.Combine(directory, "warehouse.duckdb")));
        store.InstallSchemaAsync().GetAwaiter().GetResult();
        return (store, directory);
    }

    public static ClickHouseAnalyticStore NewClickHouse()
    {
        var store = new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(ClickHouseConnectionString, "bench_" + Guid.NewGuid().ToString("N")));
        store.InstallSchemaAsync().GetAwaiter().GetResult();
        return store;
    }

    public static void Drop(DuckDbAnalyticStore? store, string? directory)
    {
        store?.Dispose();
        if (directory is not null && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static void Drop(ClickHouseAnalyticStore? store)
    {
        if (store is null)
        {
            return;
        }

        store.DropDatabaseAsync().GetAwaiter().GetResult();
        store.Dispose();
    }
}
