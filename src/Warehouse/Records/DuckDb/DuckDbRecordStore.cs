using DuckDB.NET.Data;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Warehouse.Records.DuckDb;

/// <summary>
/// The record store in the embedded warehouse file, beside the observations: DuckDB.NET shares one database instance
/// per path, so this store and the analytic store work in the same database. Rows go in through the appender, loads
/// are committed last into <c>record_loads</c>, and every count reads only committed loads. The instance's memory limit
/// is the analytic store's, set when it opens the same file.
/// </summary>
public sealed partial class DuckDbRecordStore : IRecordStore, IDisposable
{
    private readonly string connectionString;
    private readonly DuckDBConnection anchor;

    public DuckDbRecordStore(DuckDbAnalyticStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connectionString = $"Data Source={path}";
        anchor = new DuckDBConnection(connectionString);
        anchor.Open();
    }

    public string Engine => "DuckDB";

    public async Task InstallSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var statement in DuckDbRecordSchema.Statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<LoadRecord> AppendIncidentsAsync(RecordLoad<DomesticAbuseIncident> load, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rowCount = await WriteIncidentsAsync(connection, load, cancellationToken).ConfigureAwait(false);
        var problems = await FindIncidentIdProblemsAsync(connection, load.LoadId, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            await DiscardAsync(connection, "da_incidents", load.LoadId, cancellationToken).ConfigureAwait(false);
            throw StoredRecord.Refused(load.LoadId, problems);
        }

        return await CommitAsync(connection, load, RecordFeed.DomesticAbuseIncidents, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord> AppendOutcomesAsync(RecordLoad<YouthJusticeOutcome> load, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rowCount = await WriteOutcomesAsync(connection, load, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(connection, load, RecordFeed.YouthJusticeOutcomes, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord> AppendPopulationAsync(RecordLoad<ChildPopulation> load, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rowCount = await WritePopulationAsync(connection, load, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(connection, load, RecordFeed.ChildPopulation, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionKey);
        var loads = await ReadLoadsAsync(submissionKey, cancellationToken).ConfigureAwait(false);
        return loads.Count == 0 ? null : loads[0];
    }

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) =>
        ReadLoadsAsync(null, cancellationToken);

    public void Dispose() => anchor.Dispose();

    /// <summary>Writes a load of incidents without committing it; for tests of what uncommitted rows do.</summary>
    internal async Task<long> WriteIncidentsWithoutCommitAsync(RecordLoad<DomesticAbuseIncident> load, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await WriteIncidentsAsync(connection, load, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<LoadRecord>> ReadLoadsAsync(string? submissionKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await DuckDbLoads.ReadAsync(connection, "record_loads", submissionKey, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<LoadRecord> CommitAsync<T>(
        DuckDBConnection connection, RecordLoad<T> load, RecordFeed feed, long rowCount, CancellationToken cancellationToken)
    {
        var (committedAt, seq) = CommitClock.Next();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO record_loads (load_id, feed, source, description, row_count, committed_at, commit_seq, submission_key)
            VALUES ({DuckDbLoads.Parameter(command, load.LoadId)}, {DuckDbLoads.Parameter(command, StoredRecord.FeedCode(feed))}, {DuckDbLoads.Parameter(command, load.Source)},
                    {DuckDbLoads.Parameter(command, load.Description)}, {DuckDbLoads.Parameter(command, rowCount)}, {DuckDbLoads.Parameter(command, committedAt)},
                    {DuckDbLoads.Parameter(command, seq)}, {DuckDbLoads.Parameter(command, load.SubmissionKey)})
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new LoadRecord(load.LoadId, load.Source, load.Description, rowCount, committedAt) { SubmissionKey = load.SubmissionKey };
    }

    private async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>The committed loads of one feed, as the subquery every record read filters its rows by.</summary>
    private static string Committed(RecordFeed feed) =>
        $"load_id IN (SELECT load_id FROM record_loads WHERE feed = '{StoredRecord.FeedCode(feed)}')";
}
