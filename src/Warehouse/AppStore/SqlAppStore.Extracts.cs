using Dapper;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Deep-dive extracts: definitions (deleted ones kept, so their runs keep a subject) and runs with their files.
public abstract partial class SqlAppStore
{
    private const string InsertExtract = """
        INSERT INTO extract_definitions (id, title, theme, indicator_ids, priority_ids, area_roles, period_from, period_to,
            last_quarters, format, schedule_kind, cron, working_days_before, board_month, schedule_enabled, deep_dive_id,
            created_by, created_at, updated_by, updated_at)
        VALUES (@Id, @Title, @Theme, @IndicatorIds, @PriorityIds, @AreaRoles, @PeriodFrom, @PeriodTo,
            @LastQuarters, @Format, @ScheduleKind, @Cron, @WorkingDaysBefore, @BoardMonth, @ScheduleEnabled, @DeepDiveId,
            @By, @Now, @By, @Now)
        """;

    public async Task<IReadOnlyList<ExtractDefinition>> GetExtractsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExtractDefinitionRow>(new CommandDefinition(
            $"SELECT {ExtractDefinitionRow.Columns} FROM extract_definitions WHERE deleted_at IS NULL",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDefinition())
            .OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<ExtractDefinition?> FindExtractAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExtractDefinitionRow>(new CommandDefinition(
            $"SELECT {ExtractDefinitionRow.Columns} FROM extract_definitions WHERE id = @id AND deleted_at IS NULL",
            new { id },
            cancellationToken: cancellationToken));
        return row?.ToDefinition();
    }

    public async Task<ExtractDefinition> SaveExtractAsync(ExtractDefinition extract, string editedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentException.ThrowIfNullOrWhiteSpace(editedBy);
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertExtract + """

                ON CONFLICT (id) DO UPDATE SET title = excluded.title, theme = excluded.theme,
                    indicator_ids = excluded.indicator_ids, priority_ids = excluded.priority_ids, area_roles = excluded.area_roles,
                    period_from = excluded.period_from, period_to = excluded.period_to, last_quarters = excluded.last_quarters,
                    format = excluded.format, schedule_kind = excluded.schedule_kind, cron = excluded.cron,
                    working_days_before = excluded.working_days_before, board_month = excluded.board_month,
                    schedule_enabled = excluded.schedule_enabled, deep_dive_id = excluded.deep_dive_id,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at, deleted_by = NULL, deleted_at = NULL
                """,
                ExtractParameters(extract, editedBy),
                cancellationToken: cancellationToken));
        }

        return await FindExtractAsync(extract.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Extract {extract.Id} was saved but cannot be read back.");
    }

    public async Task<bool> AddExtractIfNeverStoredAsync(ExtractDefinition extract, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            InsertExtract + "\nON CONFLICT (id) DO NOTHING",
            ExtractParameters(extract, createdBy),
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> DeleteExtractAsync(string id, string deletedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deletedBy);
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE extract_definitions SET deleted_by = @deletedBy, deleted_at = @now WHERE id = @id AND deleted_at IS NULL",
            new { id, deletedBy, now = StoredValue.Millisecond(DateTime.UtcNow) },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task<ExtractRun> AddExtractRunAsync(ExtractRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var queuedAt = StoredValue.Millisecond(DateTime.UtcNow);
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO extract_runs (extract_id, status, run_trigger, requested_by, queued_at)
            VALUES (@ExtractId, @Status, @Trigger, @RequestedBy, @queuedAt)
            RETURNING id
            """,
            new { run.ExtractId, Status = ExtractRunStatuses.Queued, run.Trigger, run.RequestedBy, queuedAt },
            cancellationToken: cancellationToken));
        return run with { Id = id, Status = ExtractRunStatuses.Queued, QueuedAt = queuedAt };
    }

    public async Task<ExtractRun?> FindExtractRunAsync(long runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExtractRunRow>(new CommandDefinition(
            $"SELECT {ExtractRunRow.Columns} FROM extract_runs WHERE id = @runId", new { runId }, cancellationToken: cancellationToken));
        return row?.ToRun();
    }

    public async Task<IReadOnlyList<ExtractRun>> GetExtractRunsAsync(string extractId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExtractRunRow>(new CommandDefinition(
            $"SELECT {ExtractRunRow.Columns} FROM extract_runs WHERE extract_id = @extractId ORDER BY id DESC LIMIT @limit",
            new { extractId, limit = Math.Clamp(limit, 1, 10_000) },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRun()).ToList();
    }

    public async Task<IReadOnlyDictionary<string, ExtractRun>> GetLatestExtractRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExtractRunRow>(new CommandDefinition(
            $"""
            SELECT {ExtractRunRow.Columns} FROM extract_runs
            WHERE id IN (SELECT MAX(id) FROM extract_runs GROUP BY extract_id)
            """,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRun()).ToDictionary(r => r.ExtractId, StringComparer.Ordinal);
    }

    public async Task<ExtractRun> StartExtractRunAsync(long runId, DateTime startedAt, string periodFrom, string periodTo, CancellationToken cancellationToken = default)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE extract_runs SET status = @status, started_at = @startedAt, period_from = @periodFrom, period_to = @periodTo
                WHERE id = @runId
                """,
                new { runId, status = ExtractRunStatuses.Running, startedAt = StoredValue.Millisecond(startedAt), periodFrom, periodTo },
                cancellationToken: cancellationToken));
        }

        return await FindExtractRunAsync(runId, cancellationToken) ?? throw new KeyNotFoundException($"There is no extract run {runId}.");
    }

    public async Task CompleteExtractRunAsync(ExtractRunOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE extract_runs SET status = @status, finished_at = @finishedAt, row_count = @Rows,
                suppressed_figures = @SuppressedFigures, bytes = @Bytes, sha256 = @Sha256, file_path = @FilePath,
                file_name = @FileName, error = @Error
            WHERE id = @RunId
            """,
            new
            {
                outcome.RunId,
                status = outcome.Succeeded ? ExtractRunStatuses.Succeeded : ExtractRunStatuses.Failed,
                finishedAt = StoredValue.Millisecond(outcome.FinishedAt),
                outcome.Rows, outcome.SuppressedFigures, outcome.Bytes, outcome.Sha256, outcome.FilePath, outcome.FileName, outcome.Error,
            },
            cancellationToken: cancellationToken));
    }

    private static object ExtractParameters(ExtractDefinition extract, string by) => new
    {
        extract.Id, extract.Title, extract.Theme,
        IndicatorIds = ExtractDefinitionRow.List(extract.IndicatorIds),
        PriorityIds = ExtractDefinitionRow.List(extract.PriorityIds),
        AreaRoles = ExtractDefinitionRow.List(extract.AreaRoles),
        PeriodFrom = extract.Periods.From, PeriodTo = extract.Periods.To, extract.Periods.LastQuarters,
        extract.Format, ScheduleKind = extract.Schedule.Kind, extract.Schedule.Cron, extract.Schedule.WorkingDaysBefore,
        extract.Schedule.BoardMonth, ScheduleEnabled = extract.Schedule.Enabled, extract.DeepDiveId,
        By = by, Now = StoredValue.Millisecond(DateTime.UtcNow),
    };
}
