using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage.DuckDb;

/// <summary>
/// The embedded analytic store. DuckDB allows one writing process per file; inside this process every operation opens
/// its own connection to the one shared database instance (DuckDB.NET caches it by path), which DuckDB makes safe to
/// use from many threads. An anchor connection keeps that instance open for the store's lifetime.
/// </summary>
public sealed class DuckDbAnalyticStore : IAnalyticStore, IDisposable
{
    private readonly string connectionString;
    private readonly DuckDBConnection anchor;

    public DuckDbAnalyticStore(DuckDbAnalyticStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connectionString = $"Data Source={path}";
        if (options.MemoryLimit is { Length: > 0 } size && !IsSize(size))
        {
            throw new ArgumentException($"The DuckDB memory limit '{size}' is not a size such as 1GB or 512MB.", nameof(options));
        }

        anchor = new DuckDBConnection(connectionString);
        anchor.Open();
        if (options.MemoryLimit is { Length: > 0 } limit)
        {
            Limit(anchor, limit, Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".spill"));
        }
    }

    private static bool IsSize(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            "^[0-9]+(\\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Sets the database's memory limit and the folder its large sorts spill to; both hold for every connection.</summary>
    private static void Limit(DuckDBConnection connection, string memoryLimit, string spillFolder)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SET memory_limit = '{memoryLimit}'; SET temp_directory = '{spillFolder.Replace("'", "''", StringComparison.Ordinal)}'";
        command.ExecuteNonQuery();
    }

    public string Engine => "DuckDB";

    public async Task InstallSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await DuckDbSchemaInstaller.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        StoredObservation.CheckLoad(load);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await EnsureNotCommittedAsync(connection, load, cancellationToken).ConfigureAwait(false);
        var rowCount = WriteRows(connection, load, cancellationToken);
        return await CommitAsync(connection, load, rowCount, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a load's rows without committing it: the first half of <see cref="AppendAsync"/>.</summary>
    internal async Task<long> WriteRowsAsync(ObservationLoad load, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return WriteRows(connection, load, cancellationToken);
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

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var rows = ObservationFilterSql.Select(query, "observations", value => DuckDbLoads.Parameter(command, value), value => DuckDbLoads.Parameter(command, value));
        var asOf = query.AsOf is { } moment ? $"WHERE committed_at <= {DuckDbLoads.Parameter(command, CommitClock.ToStoredSecond(moment))}" : string.Empty;
        var latestOnly = query.AllVersions
            ? string.Empty
            : "QUALIFY row_number() OVER (PARTITION BY indicator_id, area_code, period_key ORDER BY version DESC, commit_seq DESC) = 1";
        command.CommandText = $"""
            SELECT indicator_id, area_code, period_key, value, numerator, denominator, lower_ci, upper_ci,
                   status, status_reason, source, version, load_id, committed_at
            FROM ({rows}) AS o
            JOIN (SELECT load_id, committed_at, commit_seq FROM loads {asOf}) AS l USING (load_id)
            {latestOnly}
            ORDER BY indicator_id, area_code, period_start, period_end, version, commit_seq
            """;

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadObservation(reader);
        }
    }

    public async Task<IReadOnlyList<LoadedPeriod>> GetLoadedPeriodsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT indicator_id, period_key, count(DISTINCT area_code) AS area_count, min(period_start) AS first_start
            FROM observations
            WHERE load_id IN (SELECT load_id FROM loads)
            GROUP BY indicator_id, period_key
            ORDER BY indicator_id, first_start, period_key
            """;
        var periods = new List<LoadedPeriod>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            periods.Add(new LoadedPeriod(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return periods;
    }

    public async Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionKey);
        var loads = await ReadLoadsAsync(submissionKey, cancellationToken).ConfigureAwait(false);
        return loads.Count == 0 ? null : loads[0];
    }

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) =>
        ReadLoadsAsync(null, cancellationToken);

    public async Task<LoadStamp> GetLoadStampAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(max(commit_seq), 0) FROM loads";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new LoadStamp(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    private async Task<IReadOnlyList<LoadRecord>> ReadLoadsAsync(string? submissionKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await DuckDbLoads.ReadAsync(connection, "loads", submissionKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToString(version, CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public void Dispose() => anchor.Dispose();

    private async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task EnsureNotCommittedAsync(DuckDBConnection connection, ObservationLoad load, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*) FROM loads
            WHERE load_id = {DuckDbLoads.Parameter(command, load.LoadId)} OR (submission_key <> '' AND submission_key = {DuckDbLoads.Parameter(command, load.SubmissionKey)})
            """;
        var existing = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (existing > 0)
        {
            throw new InvalidOperationException($"Load {load.LoadId} (submission key '{load.SubmissionKey}') is already committed.");
        }
    }

    private static long WriteRows(DuckDBConnection connection, ObservationLoad load, CancellationToken cancellationToken)
    {
        long rowCount = 0;
        using var appender = connection.CreateAppender("observations");
        foreach (var observation in load.Observations)
        {
            if ((rowCount & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var period = StoredObservation.PeriodOf(observation);
            appender.CreateRow()
                .AppendValue(observation.IndicatorId)
                .AppendValue(observation.AreaCode)
                .AppendValue(observation.PeriodKey)
                .AppendValue(period.Kind.ToString())
                .AppendValue((DateOnly?)period.Start)
                .AppendValue((DateOnly?)period.End)
                .AppendValue(observation.Value)
                .AppendValue(observation.Numerator)
                .AppendValue(observation.Denominator)
                .AppendValue(observation.LowerCi)
                .AppendValue(observation.UpperCi)
                .AppendValue(observation.Status.ToString())
                .AppendValue(observation.StatusReason)
                .AppendValue(observation.Source)
                .AppendValue((int?)observation.Version)
                .AppendValue(load.LoadId)
                .EndRow();
            rowCount++;
        }

        return rowCount;
    }

    private static async Task<LoadRecord> CommitAsync(DuckDBConnection connection, ObservationLoad load, long rowCount, CancellationToken cancellationToken)
    {
        var (committedAt, seq) = CommitClock.Next();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO loads (load_id, source, description, row_count, committed_at, commit_seq, submission_key)
            VALUES ({DuckDbLoads.Parameter(command, load.LoadId)}, {DuckDbLoads.Parameter(command, load.Source)}, {DuckDbLoads.Parameter(command, load.Description)},
                    {DuckDbLoads.Parameter(command, rowCount)}, {DuckDbLoads.Parameter(command, committedAt)}, {DuckDbLoads.Parameter(command, seq)},
                    {DuckDbLoads.Parameter(command, load.SubmissionKey)})
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new LoadRecord(load.LoadId, load.Source, load.Description, rowCount, committedAt) { SubmissionKey = load.SubmissionKey };
    }

    private static Observation ReadObservation(DbDataReader reader) => new()
    {
        IndicatorId = reader.GetString(0),
        AreaCode = reader.GetString(1),
        PeriodKey = reader.GetString(2),
        Value = NullableDouble(reader, 3),
        Numerator = NullableDouble(reader, 4),
        Denominator = NullableDouble(reader, 5),
        LowerCi = NullableDouble(reader, 6),
        UpperCi = NullableDouble(reader, 7),
        Status = Enum.Parse<ObservationStatus>(reader.GetString(8)),
        StatusReason = reader.IsDBNull(9) ? null : reader.GetString(9),
        Source = reader.GetString(10),
        Version = reader.GetInt32(11),
        LoadId = reader.GetString(12),
        LoadedAt = AsUtc(reader.GetDateTime(13)),
    };

    private static double? NullableDouble(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static DateTime AsUtc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
