using System.Runtime.CompilerServices;
using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// The server analytic store, written to the SQL that ClickHouse 18.16 and current releases both speak: reads as
/// TabSeparated text, inserts as Native blocks, values as escaped literals (<see cref="ClickHouseLiteral"/>). Observations
/// are a plain MergeTree; the latest version is picked on read with LIMIT 1 BY, so nothing relies on merges.
/// </summary>
public sealed class ClickHouseAnalyticStore : IAnalyticStore, IDisposable
{
    /// <summary>
    /// Observation reads sort their rows twice on the server (latest version, then period order). An extract of
    /// millions of rows would otherwise sort in memory and meet the server's per-query memory limit (5,000,000 rows
    /// needed more than 3.7 GiB on 18.16); past this size the server sorts on disk instead. Small reads never reach it.
    /// </summary>
    private static readonly QueryOptions ObservationReadOptions = new()
    {
        CustomSettings = new Dictionary<string, object> { ["max_bytes_before_external_sort"] = 512L * 1024 * 1024 },
    };
    private readonly ClickHouseClient client;
    private readonly string database;

    public ClickHouseAnalyticStore(ClickHouseAnalyticStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        database = ClickHouseLiteral.Identifier(options.Database);
        var settings = new ClickHouseClientSettings(options.ConnectionString)
        {
            // The typed reader and JSON modes need formats 18.16 lacks; every read here is raw text.
            JsonReadMode = JsonReadMode.None,
            JsonWriteMode = JsonWriteMode.None,
            UseCompression = false,
            // Names are qualified with the store's database, which may not exist yet.
            Database = "default",
        };
        client = new ClickHouseClient(settings);
    }

    public string Engine => "ClickHouse";

    public Task InstallSchemaAsync(CancellationToken cancellationToken = default) =>
        ClickHouseSchemaInstaller.InstallAsync(client, database, cancellationToken);

    public async Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        StoredObservation.CheckLoad(load);
        var existing = await QueryRowsAsync(
            $"""
            SELECT count() FROM {database}.loads
            WHERE load_id = {ClickHouseLiteral.Quote(load.LoadId)}
               OR (submission_key != '' AND submission_key = {ClickHouseLiteral.Quote(load.SubmissionKey)})
            """,
            cancellationToken).ConfigureAwait(false);
        if (TabSeparatedRows.Int64(existing[0][0]) > 0)
        {
            throw new InvalidOperationException($"Load {load.LoadId} (submission key '{load.SubmissionKey}') is already committed.");
        }

        var rowCount = await WriteRowsAsync(load, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(load, rowCount, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a load's rows without committing it: the first half of <see cref="AppendAsync"/>.</summary>
    internal Task<long> WriteRowsAsync(ObservationLoad load, CancellationToken cancellationToken = default)
    {
        var block = new ObservationNativeBlock(load.LoadId);
        return NativeInsert.PostAsync(
            client,
            $"INSERT INTO {database}.observations ({ObservationNativeBlock.Columns}) FORMAT Native",
            block,
            load.Observations,
            (observation, _) => block.Add(observation),
            cancellationToken);
    }

    public async Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        var observations = new List<Observation>();
        await foreach (var observation in StreamAsync(query, cancellationToken).ConfigureAwait(false))
        {
            observations.Add(observation);
        }

        return observations;
    }

    public async IAsyncEnumerable<Observation> StreamAsync(ObservationQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (ObservationFilterSql.MatchesNothing(query))
        {
            yield break;
        }

        await foreach (var row in StreamRowsAsync(ObservationSelect(query), cancellationToken, ObservationReadOptions).ConfigureAwait(false))
        {
            // Rows already received are parsed from memory; a cancelled extract stops at the next row, not the next read.
            cancellationToken.ThrowIfCancellationRequested();
            yield return ReadObservation(row);
        }
    }

    private string ObservationSelect(ObservationQuery query)
    {
        var rows = ObservationFilterSql.Select(query, $"{database}.observations", ClickHouseLiteral.Quote, ClickHouseLiteral.Date);
        var asOf = query.AsOf is { } moment
            ? $"WHERE committed_at <= {ClickHouseLiteral.UtcSeconds(CommitClock.ToStoredSecond(moment))}"
            : string.Empty;
        var latestOnly = query.AllVersions
            ? string.Empty
            : """
              ORDER BY indicator_id, area_code, period_key, version DESC, commit_seq DESC
              LIMIT 1 BY indicator_id, area_code, period_key
              """;
        return $"""
            SELECT indicator_id, area_code, period_key, value, numerator, denominator, lower_ci, upper_ci,
                   status, status_reason, source, version, load_id, toUnixTimestamp(committed_at)
            FROM
            (
                SELECT indicator_id, area_code, period_key, period_start, period_end, value, numerator, denominator,
                       lower_ci, upper_ci, status, status_reason, source, version, load_id, committed_at, commit_seq
                FROM ({rows})
                ANY INNER JOIN (SELECT load_id, committed_at, commit_seq FROM {database}.loads {asOf}) USING load_id
                {latestOnly}
            )
            ORDER BY indicator_id, area_code, period_start, period_end, version, commit_seq
            """;
    }

    public async Task<IReadOnlyList<LoadedPeriod>> GetLoadedPeriodsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryRowsAsync(
            $"""
            SELECT indicator_id, period_key, uniqExact(area_code), min(period_start) AS first_start
            FROM {database}.observations
            WHERE load_id IN (SELECT load_id FROM {database}.loads)
            GROUP BY indicator_id, period_key
            ORDER BY indicator_id, first_start, period_key
            """,
            cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new LoadedPeriod(TabSeparatedRows.Required(r[0]), TabSeparatedRows.Required(r[1]), TabSeparatedRows.Int64(r[2])))
            .ToList();
    }

    public async Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionKey);
        var loads = await ReadLoadsAsync(ClickHouseLoads.WithKey(submissionKey), cancellationToken).ConfigureAwait(false);
        return loads.Count == 0 ? null : loads[0];
    }

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) =>
        ReadLoadsAsync(string.Empty, cancellationToken);

    public async Task<LoadStamp> GetLoadStampAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryRowsAsync($"SELECT count(), max(commit_seq) FROM {database}.loads", cancellationToken).ConfigureAwait(false);
        return new LoadStamp(TabSeparatedRows.Int64(rows[0][0]), TabSeparatedRows.Int64(rows[0][1]));
    }

    private async Task<IReadOnlyList<LoadRecord>> ReadLoadsAsync(string where, CancellationToken cancellationToken) =>
        [.. (await QueryRowsAsync(ClickHouseLoads.Select($"{database}.loads", where), cancellationToken).ConfigureAwait(false)).Select(ClickHouseLoads.Read)];

    public async Task<string> PingAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryRowsAsync("SELECT version()", cancellationToken).ConfigureAwait(false);
        return TabSeparatedRows.Required(rows[0][0]);
    }

    public void Dispose() => client.Dispose();

    /// <summary>The store's database as an escaped identifier; for tests and benchmarks that write their own SQL.</summary>
    internal string DatabaseIdentifier => database;

    /// <summary>Drops the store's database; for tests and benchmarks that made their own.</summary>
    internal Task DropDatabaseAsync(CancellationToken cancellationToken = default) =>
        ClickHouseSchemaInstaller.ExecuteAsync(client, $"DROP DATABASE IF EXISTS {database}", cancellationToken);

    /// <summary>Runs a statement that returns nothing; for tests and benchmarks.</summary>
    internal Task ExecuteAsync(string statement, CancellationToken cancellationToken = default) =>
        ClickHouseSchemaInstaller.ExecuteAsync(client, statement, cancellationToken);

    /// <summary>Runs a SELECT and returns its TabSeparated rows; for tests that check what the server made of a literal.</summary>
    internal Task<IReadOnlyList<string?[]>> QueryRowsAsync(string select, CancellationToken cancellationToken) =>
        ClickHouseRows.ReadAllAsync(client, select, cancellationToken);

    /// <summary>
    /// Runs a SELECT and hands on its TabSeparated rows as the response body arrives; the response is released when
    /// the caller stops reading, early or not.
    /// </summary>
    internal IAsyncEnumerable<string?[]> StreamRowsAsync(string select, CancellationToken cancellationToken, QueryOptions? options = null) =>
        ClickHouseRows.StreamAsync(client, select, cancellationToken, options);

    private async Task<LoadRecord> CommitAsync(ObservationLoad load, long rowCount, CancellationToken cancellationToken)
    {
        var (committedAt, seq) = CommitClock.Next();
        await ClickHouseSchemaInstaller.ExecuteAsync(
            client,
            $"""
            INSERT INTO {database}.loads (load_id, source, description, row_count, committed_at, commit_seq, submission_key)
            VALUES ({ClickHouseLiteral.Quote(load.LoadId)}, {ClickHouseLiteral.Quote(load.Source)}, {ClickHouseLiteral.Quote(load.Description)},
                    {ClickHouseLiteral.Number(rowCount)}, {ClickHouseLiteral.UtcSeconds(committedAt)}, {ClickHouseLiteral.Number(seq)},
                    {ClickHouseLiteral.Quote(load.SubmissionKey)})
            """,
            cancellationToken).ConfigureAwait(false);
        return new LoadRecord(load.LoadId, load.Source, load.Description, rowCount, committedAt) { SubmissionKey = load.SubmissionKey };
    }

    private static Observation ReadObservation(string?[] r) => new()
    {
        IndicatorId = TabSeparatedRows.Required(r[0]),
        AreaCode = TabSeparatedRows.Required(r[1]),
        PeriodKey = TabSeparatedRows.Required(r[2]),
        Value = TabSeparatedRows.NullableDouble(r[3]),
        Numerator = TabSeparatedRows.NullableDouble(r[4]),
        Denominator = TabSeparatedRows.NullableDouble(r[5]),
        LowerCi = TabSeparatedRows.NullableDouble(r[6]),
        UpperCi = TabSeparatedRows.NullableDouble(r[7]),
        Status = Enum.Parse<ObservationStatus>(TabSeparatedRows.Required(r[8])),
        StatusReason = r[9],
        Source = TabSeparatedRows.Required(r[10]),
        Version = (int)TabSeparatedRows.Int64(r[11]),
        LoadId = TabSeparatedRows.Required(r[12]),
        LoadedAt = TabSeparatedRows.UnixSeconds(r[13]),
    };
}
