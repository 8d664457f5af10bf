using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The record store on ClickHouse, in the analytic store's database and written to the SQL that 18.16 and current
/// releases both speak: rows go in as Native blocks, loads are committed last into <c>record_loads</c>, and every
/// count reads only committed loads and is worked out on the server. Each record query reads its event tables through
/// <c>GLOBAL IN</c> and aggregates in the query, so it works unchanged when those tables are Distributed over shards.
/// </summary>
public sealed partial class ClickHouseRecordStore : IRecordStore, IDisposable
{
    private readonly ClickHouseClient client;
    private readonly string database;

    public ClickHouseRecordStore(ClickHouseAnalyticStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        database = ClickHouseLiteral.Identifier(options.Database);
        client = new ClickHouseClient(new ClickHouseClientSettings(options.ConnectionString)
        {
            // The typed reader and JSON modes need formats 18.16 lacks; every read here is raw text.
            JsonReadMode = JsonReadMode.None,
            JsonWriteMode = JsonWriteMode.None,
            UseCompression = false,
            // Names are qualified with the store's database, which may not exist yet.
            Database = "default",
        });
    }

    public string Engine => "ClickHouse";

    public async Task InstallSchemaAsync(CancellationToken cancellationToken = default)
    {
        await ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {database}", cancellationToken).ConfigureAwait(false);
        if (cluster is not null)
        {
            await InstallClusterSchemaAsync(cluster, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var statement in ClickHouseRecordSchema.SingleServer(database))
        {
            await ExecuteAsync(statement, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<LoadRecord> AppendIncidentsAsync(RecordLoad<DomesticAbuseIncident> load, CancellationToken cancellationToken = default)
    {
        var (rowCount, _) = await WriteIncidentsAsync(load, cancellationToken).ConfigureAwait(false);
        var problems = await FindIncidentIdProblemsAsync(load.LoadId, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            await DiscardAsync(ClickHouseRecordSchema.Incidents.Name, load.LoadId, wait: false, cancellationToken).ConfigureAwait(false);
            throw StoredRecord.Refused(load.LoadId, problems);
        }

        return await CommitAsync(load, RecordFeed.DomesticAbuseIncidents, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord> AppendOutcomesAsync(RecordLoad<YouthJusticeOutcome> load, CancellationToken cancellationToken = default)
    {
        var (rowCount, _) = await WriteOutcomesAsync(load, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(load, RecordFeed.YouthJusticeOutcomes, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord> AppendPopulationAsync(RecordLoad<ChildPopulation> load, CancellationToken cancellationToken = default)
    {
        var (rowCount, _) = await WritePopulationAsync(load, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(load, RecordFeed.ChildPopulation, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionKey);
        var loads = await ReadLoadsAsync(ClickHouseLoads.WithKey(submissionKey), cancellationToken).ConfigureAwait(false);
        return loads.Count == 0 ? null : loads[0];
    }

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) =>
        ReadLoadsAsync(string.Empty, cancellationToken);

    public void Dispose() => client.Dispose();

    /// <summary>Drops the store's database; for tests and benchmarks that made their own.</summary>
    internal async Task DropDatabaseAsync(CancellationToken cancellationToken = default)
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {database}", cancellationToken).ConfigureAwait(false);
        if (cluster is not null)
        {
            await OnEveryShardAsync(cluster, [$"DROP DATABASE IF EXISTS {database}"], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<LoadRecord>> ReadLoadsAsync(string where, CancellationToken cancellationToken) =>
        [.. (await QueryRowsAsync(ClickHouseLoads.Select($"{database}.{ClickHouseRecordSchema.Loads.Name}", where), cancellationToken).ConfigureAwait(false)).Select(ClickHouseLoads.Read)];

    /// <summary>Refuses a load whose id, or non-empty submission key, is already committed.</summary>
    private async Task EnsureNotCommittedAsync<T>(RecordLoad<T> load, CancellationToken cancellationToken)
    {
        StoredRecord.CheckLoad(load);
        var existing = await QueryRowsAsync(
            $"""
            SELECT count() FROM {database}.{ClickHouseRecordSchema.Loads.Name}
            WHERE load_id = {ClickHouseLiteral.Quote(load.LoadId)}
               OR (submission_key != '' AND submission_key = {ClickHouseLiteral.Quote(load.SubmissionKey)})
            """,
            cancellationToken).ConfigureAwait(false);
        if (TabSeparatedRows.Int64(existing[0][0]) > 0)
        {
            throw StoredRecord.AlreadyCommitted(load);
        }
    }

    private async Task<LoadRecord> CommitAsync<T>(RecordLoad<T> load, RecordFeed feed, long rowCount, CancellationToken cancellationToken)
    {
        var (committedAt, seq) = CommitClock.Next();
        await ExecuteAsync(
            $"""
            INSERT INTO {database}.{ClickHouseRecordSchema.Loads.Name}
                (load_id, feed, source, description, row_count, committed_at, commit_seq, submission_key)
            VALUES ({ClickHouseLiteral.Quote(load.LoadId)}, {ClickHouseLiteral.Quote(StoredRecord.FeedCode(feed))},
                    {ClickHouseLiteral.Quote(load.Source)}, {ClickHouseLiteral.Quote(load.Description)},
                    {ClickHouseLiteral.Number(rowCount)}, {ClickHouseLiteral.UtcSeconds(committedAt)}, {ClickHouseLiteral.Number(seq)},
                    {ClickHouseLiteral.Quote(load.SubmissionKey)})
            """,
            cancellationToken).ConfigureAwait(false);
        return new LoadRecord(load.LoadId, load.Source, load.Description, rowCount, committedAt) { SubmissionKey = load.SubmissionKey };
    }

    /// <summary>The committed loads of one feed, as the subquery every record read filters its rows by.</summary>
    private string Committed(RecordFeed feed) =>
        $"load_id GLOBAL IN (SELECT load_id FROM {database}.{ClickHouseRecordSchema.Loads.Name} WHERE feed = {ClickHouseLiteral.Quote(StoredRecord.FeedCode(feed))})";

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken) => ClickHouseSchemaInstaller.ExecuteAsync(client, sql, cancellationToken);

    private Task<IReadOnlyList<string?[]>> QueryRowsAsync(string select, CancellationToken cancellationToken) =>
        ClickHouseRows.ReadAllAsync(client, select, cancellationToken);
}
