using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The record tables on a cluster: the two event tables split into a MergeTree on every shard and a Distributed table
/// of the same name on the analytic store's server; the loads and the population estimates, small and read whole by
/// every count, stay plain on that server and reach the shards through <c>GLOBAL IN</c>.
/// </summary>
internal static partial class ClickHouseRecordSchema
{
    /// <summary>The suffix of a sharded table's part on each server.</summary>
    public const string LocalSuffix = "_local";

    /// <summary>
    /// The tables split over the shards, each with its sharding key: a victim's or a person's records lie on one shard.
    /// Built when asked rather than kept, since the tables it names are set in the other part of this class.
    /// </summary>
    public static IReadOnlyList<(Table Table, string ShardingKey)> Sharded =>
    [
        (Incidents, "cityHash64(victim_id)"),
        (Outcomes, "cityHash64(person_id)"),
    ];

    /// <summary>The name of a sharded table's part on each server.</summary>
    public static string LocalName(Table table) => table.Name + LocalSuffix;

    /// <summary>What every shard server holds: the sharded tables' parts as plain MergeTrees.</summary>
    public static IEnumerable<string> OnEveryShard(string database) =>
        Sharded.Select(s => Create(database, s.Table, LocalName(s.Table), MergeTree(s.Table)));

    /// <summary>What the analytic store's server holds: the unsharded tables, and a Distributed table over each sharded one.</summary>
    public static IEnumerable<string> OnInitiator(string database, string cluster) =>
        All.Where(t => !Sharded.Any(s => s.Table == t)).Select(t => Create(database, t, t.Name, MergeTree(t)))
            .Concat(Sharded.Select(s => Create(database, s.Table, s.Table.Name, Distributed(database, cluster, s.Table, s.ShardingKey))));

    /// <summary>The engine clause of a Distributed table over a sharded table's parts.</summary>
    public static string Distributed(string database, string cluster, Table table, string shardingKey) =>
        $"ENGINE = Distributed({ClickHouseLiteral.Identifier(cluster)}, {database}, {LocalName(table)}, {shardingKey})";
}
