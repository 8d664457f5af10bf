using Microsoft.Extensions.Configuration;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The ClickHouse cluster the record events are sharded over: the cluster's name as the servers' <c>remote_servers</c>
/// configuration gives it, and the HTTP connection string of every server that holds a shard. The store creates the
/// shard tables on each of these itself (18.16 has no <c>ON CLUSTER</c> without ZooKeeper); everything else — writes,
/// reads, the loads and the population estimates — goes through the analytic store's own server.
/// </summary>
public sealed record ClickHouseRecordCluster
{
    /// <summary>What separates the servers' connection strings in one setting: connection strings hold semicolons.</summary>
    public const char ServerSeparator = '|';

    public ClickHouseRecordCluster(string name, IReadOnlyList<string> shardConnectionStrings)
    {
        ArgumentNullException.ThrowIfNull(shardConnectionStrings);
        Name = ClickHouseLiteral.Identifier(name);
        if (shardConnectionStrings.Count == 0 || shardConnectionStrings.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The cluster '{name}' needs the connection string of every server that holds a shard, none of them empty.", nameof(shardConnectionStrings));
        }

        ShardConnectionStrings = shardConnectionStrings;
    }

    /// <summary>The cluster's name in <c>remote_servers</c>, used by the Distributed tables.</summary>
    public string Name { get; }

    /// <summary>One HTTP connection string per server holding a shard (the analytic store's server too, when it holds one).</summary>
    public IReadOnlyList<string> ShardConnectionStrings { get; }

    /// <summary>
    /// The cluster named by <c>Warehouse:ClickHouseCluster</c> over the servers of <c>ConnectionStrings:ClickHouseShards</c>,
    /// or null when no cluster is named (the record tables then stay plain on the analytic store's server).
    /// </summary>
    public static ClickHouseRecordCluster? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Warehouse:ClickHouseCluster"] is not { Length: > 0 } name)
        {
            return null;
        }

        return configuration.GetConnectionString("ClickHouseShards") is { Length: > 0 } servers
            ? Parse(name, servers)
            : throw new InvalidOperationException(
                $"Warehouse:ClickHouseCluster is '{name}' but ConnectionStrings:ClickHouseShards is not set: give every shard server's connection string, separated by '{ServerSeparator}'.");
    }

    /// <summary>
    /// Reads the cluster from its name and a list of connection strings separated by <see cref="ServerSeparator"/>,
    /// e.g. <c>Host=ch1;Port=8123|Host=ch2;Port=8123</c>.
    /// </summary>
    public static ClickHouseRecordCluster Parse(string name, string servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        return new ClickHouseRecordCluster(name, [.. servers.Split(ServerSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
    }
}
