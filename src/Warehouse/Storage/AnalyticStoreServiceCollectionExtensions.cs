using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Records.DuckDb;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Warehouse.Storage;

public static class AnalyticStoreServiceCollectionExtensions
{
    /// <summary>Registers the configured <see cref="IAnalyticStore"/> (DuckDB unless <c>Warehouse:Engine</c> says ClickHouse).</summary>
    public static IServiceCollection AddAnalyticStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton<IAnalyticStore>(_ => options.Engine switch
        {
            AnalyticEngine.ClickHouse => new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(
                options.ClickHouseConnectionString
                    ?? throw new InvalidOperationException("Warehouse:Engine is ClickHouse but ConnectionStrings:ClickHouse is not set."),
                options.ClickHouseDatabase)),
            _ => new DuckDbAnalyticStore(new DuckDbAnalyticStoreOptions(options.DuckDbPath) { MemoryLimit = options.DuckDbMemoryLimit }),
        });
        services.AddSingleton<Figures.FiguresForReaders>();
        services.AddSingleton<Figures.LatestFigures>();
        return services;
    }

    /// <summary>
    /// Registers the <see cref="IRecordStore"/> on the analytic store's engine and in the same place: the same DuckDB
    /// file, or the same ClickHouse server and database — with the record events sharded over the servers of
    /// <c>ConnectionStrings:ClickHouseShards</c> when <c>Warehouse:ClickHouseCluster</c> names a cluster.
    /// </summary>
    public static IServiceCollection AddRecordStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        services.TryAddSingleton<IRecordStore>(_ => options.Engine switch
        {
            AnalyticEngine.ClickHouse => ClickHouseRecords(new ClickHouseAnalyticStoreOptions(
                options.ClickHouseConnectionString
                    ?? throw new InvalidOperationException("Warehouse:Engine is ClickHouse but ConnectionStrings:ClickHouse is not set."),
                options.ClickHouseDatabase), ClickHouseRecordCluster.FromConfiguration(configuration)),
            _ => new DuckDbRecordStore(new DuckDbAnalyticStoreOptions(options.DuckDbPath) { MemoryLimit = options.DuckDbMemoryLimit }),
        });
        return services;
    }

    private static ClickHouseRecordStore ClickHouseRecords(ClickHouseAnalyticStoreOptions options, ClickHouseRecordCluster? cluster) =>
        cluster is null ? new ClickHouseRecordStore(options) : new ClickHouseRecordStore(options, cluster);

    internal static AnalyticStoreOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(AnalyticStoreOptions.SectionName);
        var options = new AnalyticStoreOptions { ClickHouseConnectionString = configuration.GetConnectionString("ClickHouse") };
        if (section["Engine"] is { Length: > 0 } engine)
        {
            options.Engine = Enum.TryParse<AnalyticEngine>(engine, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Warehouse:Engine '{engine}' is not one of DuckDb, ClickHouse.");
        }

        if (section["DuckDbPath"] is { Length: > 0 } path)
        {
            options.DuckDbPath = path;
        }

        if (section["ClickHouseDatabase"] is { Length: > 0 } database)
        {
            options.ClickHouseDatabase = database;
        }

        return options;
    }
}
