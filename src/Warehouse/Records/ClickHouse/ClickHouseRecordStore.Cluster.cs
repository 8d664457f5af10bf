using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The record store over a cluster: incidents and outcomes sharded by victim and by person, each shard's part created
/// on its server by the store, and every write and read made through the analytic store's server, which holds the
/// Distributed tables, the loads and the population estimates. The queries are the single server's: they already read
/// the loads through <c>GLOBAL IN</c> and aggregate in the query, which a Distributed table merges across shards.
/// </summary>
public sealed partial class ClickHouseRecordStore
{
    private readonly ClickHouseRecordCluster? cluster;

    /// <summary>
    /// A store whose event tables are Distributed over <paramref name="cluster"/>. Inserts through them are
    /// synchronous (<c>insert_distributed_sync</c>): an INSERT returns only once every shard holds its rows, or fails,
    /// so a load is never committed while part of it still waits in the Distributed table's queue on this server.
    /// </summary>
    public ClickHouseRecordStore(ClickHouseAnalyticStoreOptions options, ClickHouseRecordCluster cluster)
        : this(WithSynchronousDistributedInserts(options))
    {
        this.cluster = cluster ?? throw new ArgumentNullException(nameof(cluster));
    }

    /// <summary>The cluster the event tables are sharded over, or null on a single server.</summary>
    public ClickHouseRecordCluster? Cluster => cluster;

    private static ClickHouseAnalyticStoreOptions WithSynchronousDistributedInserts(ClickHouseAnalyticStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { ConnectionString = options.ConnectionString.TrimEnd(';') + ";set_insert_distributed_sync=1" };
    }

    /// <summary>Creates each shard's tables on its server, then the unsharded and Distributed tables here.</summary>
    private async Task InstallClusterSchemaAsync(ClickHouseRecordCluster on, CancellationToken cancellationToken)
    {
        await OnEveryShardAsync(
            on,
            [$"CREATE DATABASE IF NOT EXISTS {database}", .. ClickHouseRecordSchema.OnEveryShard(database)],
            cancellationToken).ConfigureAwait(false);
        foreach (var statement in ClickHouseRecordSchema.OnInitiator(database, on.Name))
        {
            await ExecuteAsync(statement, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Removes an uncommitted load's rows from a sharded table's part on every shard (a Distributed table takes no
    /// ALTER); when asked, waits until each shard has finished the delete.
    /// </summary>
    private async Task DiscardOnShardsAsync(ClickHouseRecordCluster on, string table, string loadId, bool wait, CancellationToken cancellationToken)
    {
        var local = table + ClickHouseRecordSchema.LocalSuffix;
        await OnEveryShardAsync(
            on,
            [$"ALTER TABLE {database}.{local} DELETE WHERE load_id = {ClickHouseLiteral.Quote(loadId)}"],
            cancellationToken).ConfigureAwait(false);
        if (!wait)
        {
            return;
        }

        var pending = $"""
            SELECT count() FROM system.mutations
            WHERE database = {ClickHouseLiteral.Quote(database)} AND table = {ClickHouseLiteral.Quote(local)} AND is_done = 0
            FORMAT TabSeparated
            """;
        foreach (var connectionString in on.ShardConnectionStrings)
        {
            using var shard = ShardClient(connectionString);
            while (true)
            {
                using var result = await shard.ExecuteRawResultAsync(pending, null, cancellationToken).ConfigureAwait(false);
                if ((await result.ReadAsStringAsync().ConfigureAwait(false)).Trim() == "0")
                {
                    break;
                }

                await Task.Delay(MutationPoll, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs each statement, in order, on every shard's server.</summary>
    private static async Task OnEveryShardAsync(ClickHouseRecordCluster on, IReadOnlyList<string> statements, CancellationToken cancellationToken)
    {
        foreach (var connectionString in on.ShardConnectionStrings)
        {
            using var shard = ShardClient(connectionString);
            foreach (var statement in statements)
            {
                using var result = await shard.ExecuteRawResultAsync(statement, null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static ClickHouseClient ShardClient(string connectionString) => new(new ClickHouseClientSettings(connectionString)
    {
        JsonReadMode = JsonReadMode.None,
        JsonWriteMode = JsonWriteMode.None,
        UseCompression = false,
        Database = "default",
    });
}
