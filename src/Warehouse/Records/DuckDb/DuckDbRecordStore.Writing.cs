using System.Globalization;
using DuckDB.NET.Data;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Warehouse.Records.DuckDb;

/// <summary>The first half of a load: its rows appended, not yet committed, and checked there.</summary>
public sealed partial class DuckDbRecordStore
{
    private static async Task<long> WriteIncidentsAsync(DuckDBConnection connection, RecordLoad<DomesticAbuseIncident> load, CancellationToken cancellationToken)
    {
        var seq = await StartAsync(connection, "da_incidents", load, cancellationToken).ConfigureAwait(false);
        return Append(connection, "da_incidents", load.Records, (row, i, sourceRow) => row
            .AppendValue(i.IncidentId).AppendValue(i.VictimId).AppendValue(i.PerpetratorId).AppendValue((DateOnly?)i.IncidentDate)
            .AppendValue(i.AreaCode).AppendValue(StoredRecord.RiskCode(i.RiskLevel)).AppendValue((byte?)(i.MaracReferral ? 1 : 0))
            .AppendValue((uint?)sourceRow).AppendValue(load.LoadId).AppendValue((long?)seq), cancellationToken);
    }

    private static async Task<long> WriteOutcomesAsync(DuckDBConnection connection, RecordLoad<YouthJusticeOutcome> load, CancellationToken cancellationToken)
    {
        var seq = await StartAsync(connection, "yj_outcomes", load, cancellationToken).ConfigureAwait(false);
        return Append(connection, "yj_outcomes", load.Records, (row, o, sourceRow) => row
            .AppendValue(o.PersonId).AppendValue((byte?)StoredRecord.Age(o)).AppendValue((DateOnly?)o.OutcomeDate)
            .AppendValue(o.OutcomeType.Code()).AppendValue(o.AreaCode).AppendValue((uint?)sourceRow).AppendValue(load.LoadId)
            .AppendValue((long?)seq), cancellationToken);
    }

    private static async Task<long> WritePopulationAsync(DuckDBConnection connection, RecordLoad<ChildPopulation> load, CancellationToken cancellationToken)
    {
        var seq = await StartAsync(connection, "child_population", load, cancellationToken).ConfigureAwait(false);
        return Append(connection, "child_population", load.Records, (row, p, sourceRow) => row
            .AppendValue(p.AreaCode).AppendValue((ushort?)StoredRecord.MidYear(p)).AppendValue((ulong?)StoredRecord.Count(p))
            .AppendValue((uint?)sourceRow).AppendValue(load.LoadId).AppendValue((long?)seq), cancellationToken);
    }

    /// <summary>
    /// Refuses a load whose id or non-empty key is committed, removes what an earlier uncommitted attempt at it left
    /// behind (so a retry counts each record once), and gives the load's load_seq.
    /// </summary>
    private static async Task<long> StartAsync<T>(DuckDBConnection connection, string table, RecordLoad<T> load, CancellationToken cancellationToken)
    {
        StoredRecord.CheckLoad(load);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*) FROM record_loads
            WHERE load_id = {DuckDbLoads.Parameter(command, load.LoadId)} OR (submission_key <> '' AND submission_key = {DuckDbLoads.Parameter(command, load.SubmissionKey)})
            """;
        var existing = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (existing > 0)
        {
            throw StoredRecord.AlreadyCommitted(load);
        }

        await DiscardAsync(connection, table, load.LoadId, cancellationToken).ConfigureAwait(false);
        return CommitClock.Next().Seq;
    }

    /// <summary>Removes the rows of a load that is not committed.</summary>
    private static async Task DiscardAsync(DuckDBConnection connection, string table, string loadId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {table} WHERE load_id = {DuckDbLoads.Parameter(command, loadId)}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static long Append<T>(
        DuckDBConnection connection, string table, IEnumerable<T> records, Func<IDuckDBAppenderRow, T, uint, IDuckDBAppenderRow> addRow,
        CancellationToken cancellationToken)
    {
        long rowCount = 0;
        using var appender = connection.CreateAppender(table);
        foreach (var record in records)
        {
            if ((rowCount & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            addRow(appender.CreateRow(), record, StoredRecord.SourceRow(rowCount)).EndRow();
            rowCount++;
        }

        return rowCount;
    }

    /// <summary>
    /// The written-but-uncommitted load's incident ids that repeat within it or are already held by a committed load,
    /// found in SQL: the IN sets are the new load's ids and the stored ids are scanned, so no id is held here.
    /// </summary>
    private static async Task<IReadOnlyList<RecordProblem>> FindIncidentIdProblemsAsync(DuckDBConnection connection, string loadId, CancellationToken cancellationToken)
    {
        var problems = new List<RecordProblem>();
        await using var command = connection.CreateCommand();
        var mine = $"load_id = {DuckDbLoads.Parameter(command, loadId)}";
        command.CommandText = $"""
            SELECT CAST(source_row AS BIGINT), incident_id, CAST(first_row AS BIGINT), 0 AS held
            FROM (SELECT source_row, incident_id, min(source_row) OVER (PARTITION BY incident_id) AS first_row FROM da_incidents WHERE {mine})
            WHERE source_row > first_row
            UNION ALL
            SELECT CAST(source_row AS BIGINT), incident_id, NULL, 1 AS held
            FROM da_incidents
            WHERE {mine} AND incident_id IN
            (
                SELECT incident_id FROM da_incidents
                WHERE {Committed(RecordFeed.DomesticAbuseIncidents)} AND incident_id IN (SELECT incident_id FROM da_incidents WHERE {mine})
            )
            ORDER BY 1, 4
            LIMIT {StoredRecord.MaxProblems}
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            problems.Add(reader.GetInt32(3) == 1
                ? StoredRecord.AlreadyHeld(reader.GetInt64(0), reader.GetString(1))
                : StoredRecord.RepeatedInLoad(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return problems;
    }
}
