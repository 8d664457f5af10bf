using System.Globalization;
using Dapper;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Warehouse.Schedules;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Data quality per agency and quarter, and the recurring schedules registered with Hangfire at every start.
public abstract partial class SqlAppStore
{
    public async Task SaveDataQualityAsync(DataQualityScore score, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(score);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO data_quality (agency_id, period_key, submission_id, expected_indicators, received_indicators, completeness,
                deadline, first_loaded_received_at, days_late, timeliness, row_count, error_count, validity, warning_count,
                consistency, score, computed_at)
            VALUES (@AgencyId, @PeriodKey, @SubmissionId, @ExpectedIndicators, @ReceivedIndicators, @Completeness,
                @Deadline, @FirstLoadedReceivedAt, @DaysLate, @Timeliness, @RowCount, @ErrorCount, @Validity, @WarningCount,
                @Consistency, @Score, @ComputedAt)
            ON CONFLICT (agency_id, period_key) DO UPDATE SET submission_id = excluded.submission_id,
                expected_indicators = excluded.expected_indicators, received_indicators = excluded.received_indicators,
                completeness = excluded.completeness, deadline = excluded.deadline,
                first_loaded_received_at = excluded.first_loaded_received_at, days_late = excluded.days_late,
                timeliness = excluded.timeliness, row_count = excluded.row_count, error_count = excluded.error_count,
                validity = excluded.validity, warning_count = excluded.warning_count, consistency = excluded.consistency,
                score = excluded.score, computed_at = excluded.computed_at
            """,
            new
            {
                score.AgencyId, score.PeriodKey, score.SubmissionId, score.ExpectedIndicators, score.ReceivedIndicators, score.Completeness,
                Deadline = score.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), score.FirstLoadedReceivedAt, score.DaysLate,
                score.Timeliness, score.RowCount, score.ErrorCount, score.Validity, score.WarningCount, score.Consistency, score.Score,
                ComputedAt = score.ComputedAt == default ? DateTime.UtcNow : score.ComputedAt,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<DataQualityScore>> GetDataQualityAsync(string? agencyId = null, string? periodKey = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DataQualityRow>(new CommandDefinition(
            $"""
            SELECT {DataQualityRow.Columns} FROM data_quality
            WHERE (@agencyId IS NULL OR agency_id = @agencyId) AND (@periodKey IS NULL OR period_key = @periodKey)
            ORDER BY period_key DESC, agency_id
            """,
            new { agencyId, periodKey },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToScore()).ToList();
    }

    public async Task<IReadOnlyList<RecurringSchedule>> GetSchedulesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ScheduleRow>(new CommandDefinition(
            """
            SELECT id AS Id, job_kind AS JobKind, cron AS Cron, arguments_json AS ArgumentsJson, enabled AS Enabled, updated_at AS UpdatedAt
            FROM recurring_schedules ORDER BY id
            """,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSchedule()).ToList();
    }

    public async Task SaveScheduleAsync(RecurringSchedule schedule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO recurring_schedules (id, job_kind, cron, arguments_json, enabled, updated_at)
            VALUES (@Id, @JobKind, @Cron, @ArgumentsJson, @Enabled, @now)
            ON CONFLICT (id) DO UPDATE SET job_kind = excluded.job_kind, cron = excluded.cron,
                arguments_json = excluded.arguments_json, enabled = excluded.enabled, updated_at = excluded.updated_at
            """,
            new { schedule.Id, schedule.JobKind, schedule.Cron, schedule.ArgumentsJson, schedule.Enabled, now = DateTime.UtcNow },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteScheduleAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM recurring_schedules WHERE id = @id", new { id }, cancellationToken: cancellationToken)) > 0;
    }
}
