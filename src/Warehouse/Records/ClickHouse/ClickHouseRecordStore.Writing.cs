using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>The first half of a load: its rows written as Native blocks, not yet committed, and checked there.</summary>
public sealed partial class ClickHouseRecordStore
{
    private static readonly TimeSpan MutationPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Writes a load of incidents without committing it; returns its row count and load_seq.</summary>
    internal async Task<(long Rows, long LoadSeq)> WriteIncidentsAsync(RecordLoad<DomesticAbuseIncident> load, CancellationToken cancellationToken = default)
    {
        await EnsureNotCommittedAsync(load, cancellationToken).ConfigureAwait(false);
        await DiscardLeftoversAsync(ClickHouseRecordSchema.Incidents.Name, load.LoadId, cancellationToken).ConfigureAwait(false);
        var seq = CommitClock.Next().Seq;
        var block = new RecordNativeBlock(
            ("incident_id", "String"), ("victim_id", "String"), ("perpetrator_id", "String"), ("incident_date", "Date"),
            ("area_code", "String"), ("risk_level", "String"), ("marac_referral", "UInt8"), ("source_row", "UInt32"),
            ("load_id", "String"), ("load_seq", "Int64"));
        var rows = await WriteRowsAsync(ClickHouseRecordSchema.Incidents.Name, block, load.Records, (b, i, row) => b
            .String(i.IncidentId).String(i.VictimId).String(i.PerpetratorId).Date(i.IncidentDate).String(i.AreaCode)
            .String(StoredRecord.RiskCode(i.RiskLevel)).UInt8(i.MaracReferral ? (byte)1 : (byte)0).UInt32(row)
            .String(load.LoadId).Int64(seq), cancellationToken).ConfigureAwait(false);
        return (rows, seq);
    }

    /// <summary>Writes a load of outcomes without committing it.</summary>
    internal async Task<(long Rows, long LoadSeq)> WriteOutcomesAsync(RecordLoad<YouthJusticeOutcome> load, CancellationToken cancellationToken = default)
    {
        await EnsureNotCommittedAsync(load, cancellationToken).ConfigureAwait(false);
        await DiscardLeftoversAsync(ClickHouseRecordSchema.Outcomes.Name, load.LoadId, cancellationToken).ConfigureAwait(false);
        var seq = CommitClock.Next().Seq;
        var block = new RecordNativeBlock(
            ("person_id", "String"), ("age_at_outcome", "UInt8"), ("outcome_date", "Date"), ("outcome_type", "String"),
            ("area_code", "String"), ("source_row", "UInt32"), ("load_id", "String"), ("load_seq", "Int64"));
        var rows = await WriteRowsAsync(ClickHouseRecordSchema.Outcomes.Name, block, load.Records, (b, o, row) => b
            .String(o.PersonId).UInt8(StoredRecord.Age(o)).Date(o.OutcomeDate).String(o.OutcomeType.Code()).String(o.AreaCode)
            .UInt32(row).String(load.LoadId).Int64(seq), cancellationToken).ConfigureAwait(false);
        return (rows, seq);
    }

    /// <summary>Writes a load of population estimates without committing it.</summary>
    internal async Task<(long Rows, long LoadSeq)> WritePopulationAsync(RecordLoad<ChildPopulation> load, CancellationToken cancellationToken = default)
    {
        await EnsureNotCommittedAsync(load, cancellationToken).ConfigureAwait(false);
        await DiscardLeftoversAsync(ClickHouseRecordSchema.Population.Name, load.LoadId, cancellationToken).ConfigureAwait(false);
        var seq = CommitClock.Next().Seq;
        var block = new RecordNativeBlock(
            ("area_code", "String"), ("mid_year", "UInt16"), ("aged_10_to_17", "UInt64"), ("source_row", "UInt32"),
            ("load_id", "String"), ("load_seq", "Int64"));
        var rows = await WriteRowsAsync(ClickHouseRecordSchema.Population.Name, block, load.Records, (b, p, row) => b
            .String(p.AreaCode).UInt16(StoredRecord.MidYear(p)).UInt64(StoredRecord.Count(p)).UInt32(row)
            .String(load.LoadId).Int64(seq), cancellationToken).ConfigureAwait(false);
        return (rows, seq);
    }

    private Task<long> WriteRowsAsync<T>(
        string table, RecordNativeBlock block, IEnumerable<T> records, Action<RecordNativeBlock, T, uint> addRow, CancellationToken cancellationToken) =>
        NativeInsert.PostAsync(
            client,
            $"INSERT INTO {database}.{table} ({block.ColumnList}) FORMAT Native",
            block,
            records,
            (record, position) =>
            {
                addRow(block, record, StoredRecord.SourceRow(position));
                block.EndRow();
            },
            cancellationToken);

    /// <summary>
    /// The written-but-uncommitted load's incident ids that repeat within it or are already held by a committed load,
    /// found on the server: the sets in the IN are the new load's ids, and the stored ids are scanned, so a file of
    /// millions of incidents is checked without holding its ids here. Ids are first matched by their 64-bit hash (numbers
    /// group and look up twice as fast as strings on 18.16), then the few candidates by the ids themselves.
    /// </summary>
    private async Task<IReadOnlyList<RecordProblem>> FindIncidentIdProblemsAsync(string loadId, CancellationToken cancellationToken)
    {
        var table = $"{database}.{ClickHouseRecordSchema.Incidents.Name}";
        var mine = $"load_id = {ClickHouseLiteral.Quote(loadId)}";
        var problems = new List<RecordProblem>();
        var repeats = await QueryRowsAsync(
            $"""
            SELECT incident_id, arraySort(groupArray(source_row)) AS rows
            FROM {table}
            WHERE {mine} AND cityHash64(incident_id) GLOBAL IN
            (
                SELECT id_hash FROM (SELECT cityHash64(incident_id) AS id_hash FROM {table} WHERE {mine})
                GROUP BY id_hash HAVING count() > 1
            )
            GROUP BY incident_id HAVING count() > 1
            ORDER BY rows[1]
            LIMIT {StoredRecord.MaxProblems}
            """,
            cancellationToken).ConfigureAwait(false);
        foreach (var repeat in repeats)
        {
            var rows = TabSeparatedRows.Required(repeat[1]).Trim('[', ']').Split(',').Select(r => long.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            problems.AddRange(rows.Skip(1).Select(row => StoredRecord.RepeatedInLoad(row, TabSeparatedRows.Required(repeat[0]), rows[0])));
        }

        var held = await QueryRowsAsync(
            $"""
            SELECT source_row, incident_id FROM {table}
            WHERE {mine} AND incident_id GLOBAL IN
            (
                SELECT incident_id FROM {table}
                WHERE {Committed(RecordFeed.DomesticAbuseIncidents)}
                  AND cityHash64(incident_id) GLOBAL IN (SELECT cityHash64(incident_id) FROM {table} WHERE {mine})
            )
            ORDER BY source_row
            LIMIT {StoredRecord.MaxProblems}
            """,
            cancellationToken).ConfigureAwait(false);
        problems.AddRange(held.Select(r => StoredRecord.AlreadyHeld(TabSeparatedRows.Int64(r[0]), TabSeparatedRows.Required(r[1]))));
        return problems;
    }

    /// <summary>
    /// Removes the rows of a load that is not committed — refused, or written by an attempt whose commit never landed —
    /// so that a retry under the same id counts each record once. 18.16 deletes by asynchronous mutation: a refusal
    /// need not wait for it (the rows are never counted), a retry waits until the server has finished it.
    /// </summary>
    private async Task DiscardAsync(string table, string loadId, bool wait, CancellationToken cancellationToken)
    {
        if (cluster is not null && ClickHouseRecordSchema.Sharded.Any(s => s.Table.Name == table))
        {
            await DiscardOnShardsAsync(cluster, table, loadId, wait, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync($"ALTER TABLE {database}.{table} DELETE WHERE load_id = {ClickHouseLiteral.Quote(loadId)}", cancellationToken).ConfigureAwait(false);
        if (!wait)
        {
            return;
        }

        var pending = $"""
            SELECT count() FROM system.mutations
            WHERE database = {ClickHouseLiteral.Quote(database)} AND table = {ClickHouseLiteral.Quote(table)} AND is_done = 0
            """;
        while (TabSeparatedRows.Int64((await QueryRowsAsync(pending, cancellationToken).ConfigureAwait(false))[0][0]) > 0)
        {
            await Task.Delay(MutationPoll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Discards what an earlier, uncommitted attempt at this load left behind.</summary>
    private async Task DiscardLeftoversAsync(string table, string loadId, CancellationToken cancellationToken)
    {
        var left = await QueryRowsAsync(
            $"SELECT count() FROM {database}.{table} WHERE load_id = {ClickHouseLiteral.Quote(loadId)}", cancellationToken).ConfigureAwait(false);
        if (TabSeparatedRows.Int64(left[0][0]) > 0)
        {
            await DiscardAsync(table, loadId, wait: true, cancellationToken).ConfigureAwait(false);
        }
    }
}
