using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Records;

/// <summary>The record store contract on the two-server cluster named by SGA_TEST_CLICKHOUSE_CLUSTER, a fresh database per test.</summary>
public sealed class ClusterRecordStoreTests : RecordStoreContract
{
    private readonly ClusterUnderTest cluster = ClusterUnderTest.FromEnvironment();

    protected override IRecordStore CreateStore() => cluster.CreateStore("test_" + Guid.NewGuid().ToString("N"));

    protected override Task WriteIncidentsWithoutCommitAsync(RecordLoad<DomesticAbuseIncident> load) =>
        ((ClickHouseRecordStore)Store).WriteIncidentsAsync(load);

    protected override async Task DropStoreAsync(IRecordStore store)
    {
        var clickHouse = (ClickHouseRecordStore)store;
        await clickHouse.DropDatabaseAsync();
        clickHouse.Dispose();
    }
}

/// <summary>
/// The cluster the tests run on, from SGA_TEST_CLICKHOUSE_CLUSTER: the cluster's name, then the connection string of
/// every server, separated by '|'; the first server holds the Distributed tables, and every server holds a shard.
/// </summary>
internal sealed record ClusterUnderTest(ClickHouseRecordCluster Cluster, string InitiatorConnectionString)
{
    public const string Variable = "SGA_TEST_CLICKHOUSE_CLUSTER";

    public static ClusterUnderTest FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the ClickHouse cluster tests cannot run. Run ./test.sh, which starts a two-server cluster and sets it " +
                $"(or start one with scripts/clickhouse-cluster-start.sh DIR PORT1 PORT2 and set {Variable}=safeguarding_shards|Host=127.0.0.1;Port=PORT1|Host=127.0.0.1;Port=PORT2).");
        }

        var parts = configured.Split(ClickHouseRecordCluster.ServerSeparator, 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            throw new InvalidOperationException($"{Variable} must be the cluster's name, then each server's connection string, all separated by '|'.");
        }

        var cluster = ClickHouseRecordCluster.Parse(parts[0], parts[1]);
        return new ClusterUnderTest(cluster, cluster.ShardConnectionStrings[0]);
    }

    /// <summary>A record store in <paramref name="database"/>, its event tables sharded over the cluster.</summary>
    public ClickHouseRecordStore CreateStore(string database) =>
        new(new ClickHouseAnalyticStoreOptions(InitiatorConnectionString, database), Cluster);

    /// <summary>How many rows each shard's server holds in <paramref name="table"/>, in the cluster's server order.</summary>
    public Task<IReadOnlyList<long>> RowsPerShardAsync(string database, string table) =>
        PerShardAsync($"SELECT count() FROM {database}.{table}");

    /// <summary>The number a one-number SELECT gives on each shard's server, in the cluster's server order.</summary>
    public async Task<IReadOnlyList<long>> PerShardAsync(string select)
    {
        var numbers = new List<long>();
        foreach (var connectionString in Cluster.ShardConnectionStrings)
        {
            using var client = new ClickHouseClient(new ClickHouseClientSettings(connectionString)
            {
                JsonReadMode = JsonReadMode.None,
                JsonWriteMode = JsonWriteMode.None,
                UseCompression = false,
            });
            using var result = await client.ExecuteRawResultAsync(select + " FORMAT TabSeparated", null, CancellationToken.None);
            numbers.Add(long.Parse((await result.ReadAsStringAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture));
        }

        return numbers;
    }
}
