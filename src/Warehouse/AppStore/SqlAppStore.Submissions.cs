using Dapper;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Partners' submissions: the file and its record together, the outcome and its problems together.
public abstract partial class SqlAppStore
{
    public async Task<Submission> AddSubmissionAsync(Submission submission, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(content);
        var stored = submission with
        {
            ReceivedAt = submission.ReceivedAt == default ? DateTime.UtcNow : DateTime.SpecifyKind(submission.ReceivedAt, DateTimeKind.Utc),
            Status = SubmissionStatus.Received,
            Attempts = 0,
            SizeBytes = content.LongLength,
        };
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO submissions (agency_id, period_key, file_name, format, content_sha256, size_bytes, received_via,
                received_by, received_at, status, attempts, row_count, error_count, warning_count)
            VALUES (@AgencyId, @PeriodKey, @FileName, @Format, @ContentSha256, @SizeBytes, @ReceivedVia,
                @ReceivedBy, @ReceivedAt, @Status, 0, 0, 0, 0)
            RETURNING id
            """,
            new
            {
                stored.AgencyId, stored.PeriodKey, stored.FileName, stored.Format, stored.ContentSha256, stored.SizeBytes,
                stored.ReceivedVia, stored.ReceivedBy, stored.ReceivedAt, Status = stored.Status.ToString(),
            },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO submission_files (submission_id, content) VALUES (@id, @content)", new { id, content }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return stored with { Id = id };
    }

    public async Task<Submission?> FindSubmissionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubmissionRow>(new CommandDefinition(
            $"SELECT {SubmissionRow.Columns} FROM submissions WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToSubmission();
    }

    public async Task<byte[]> GetSubmissionContentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
                "SELECT content FROM submission_files WHERE submission_id = @id", new { id }, cancellationToken: cancellationToken))
            ?? throw new KeyNotFoundException($"There is no submission {id}.");
    }

    public async Task<IReadOnlyList<Submission>> GetSubmissionsAsync(SubmissionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubmissionRow>(new CommandDefinition(
            $"""
            SELECT {SubmissionRow.Columns} FROM submissions
            WHERE (@AgencyId IS NULL OR agency_id = @AgencyId)
              AND (@PeriodKey IS NULL OR period_key = @PeriodKey)
              AND (@Status IS NULL OR status = @Status)
            ORDER BY received_at DESC, id DESC
            LIMIT @Limit
            """,
            new { filter.AgencyId, filter.PeriodKey, Status = filter.Status?.ToString(), filter.Limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSubmission()).ToList();
    }

    public async Task<Submission?> FindLatestLoadedSubmissionAsync(string agencyId, string periodKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<SubmissionRow>(new CommandDefinition(
            $"""
            SELECT {SubmissionRow.Columns} FROM submissions
            WHERE agency_id = @agencyId AND period_key = @periodKey AND status = 'Loaded'
            ORDER BY processed_at DESC, id DESC
            LIMIT 1
            """,
            new { agencyId, periodKey },
            cancellationToken: cancellationToken));
        return row?.ToSubmission();
    }

    public async Task<IReadOnlyDictionary<string, long>> FindSubmissionIdsByLoadAsync(
        IReadOnlyCollection<string> loadIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loadIds);
        var wanted = loadIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, long>(StringComparer.Ordinal);
        }

        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string LoadId, long Id)>(new CommandDefinition(
            $"SELECT load_id, MIN(id) FROM submissions WHERE load_id {InList("@wanted")} GROUP BY load_id",
            new { wanted },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.LoadId, r => r.Id, StringComparer.Ordinal);
    }

    public async Task<Submission> StartProcessingSubmissionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE submissions SET status = CASE WHEN status = 'Retrying' THEN 'Retrying' ELSE 'Processing' END, attempts = attempts + 1
                WHERE id = @id
                """,
                new { id },
                cancellationToken: cancellationToken));
            if (changed == 0)
            {
                throw new KeyNotFoundException($"There is no submission {id}.");
            }
        }

        return (await FindSubmissionAsync(id, cancellationToken))!;
    }

    public async Task RecordSubmissionFailureAsync(long id, int attempt, string failureMessage, bool final, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(failureMessage);
        await using var connection = await OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE submissions SET status = @status, attempts = @attempt, failure_message = @failureMessage,
                processed_at = CASE WHEN @final THEN @now ELSE processed_at END
            WHERE id = @id
            """,
            new { id, attempt, failureMessage, final, status = (final ? SubmissionStatus.Failed : SubmissionStatus.Retrying).ToString(), now = DateTime.UtcNow },
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new KeyNotFoundException($"There is no submission {id}.");
        }
    }

    public async Task CompleteSubmissionAsync(SubmissionOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE submissions SET status = @Status, agency_id = COALESCE(@AgencyId, agency_id), period_key = COALESCE(@PeriodKey, period_key),
                row_count = @RowCount, error_count = @ErrorCount, warning_count = @WarningCount, load_id = @LoadId,
                return_version = @ReturnVersion, duplicate_of = @DuplicateOf, failure_message = COALESCE(@FailureMessage, failure_message), processed_at = @now
            WHERE id = @SubmissionId
            """,
            new
            {
                outcome.SubmissionId, Status = outcome.Status.ToString(), outcome.AgencyId, outcome.PeriodKey, outcome.RowCount,
                outcome.ErrorCount, outcome.WarningCount, outcome.LoadId, outcome.ReturnVersion, outcome.DuplicateOf,
                outcome.FailureMessage, now = DateTime.UtcNow,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new KeyNotFoundException($"There is no submission {outcome.SubmissionId}.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM submission_problems WHERE submission_id = @SubmissionId", new { outcome.SubmissionId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO submission_problems (submission_id, ordinal, severity, code, row_number, column_name, message)
            VALUES (@SubmissionId, @Ordinal, @Severity, @Code, @Row, @Column, @Message)
            """,
            outcome.Problems.Select((p, i) => new
            {
                outcome.SubmissionId, Ordinal = i, Severity = p.Severity.ToString(), p.Code, p.Row, p.Column, p.Message,
            }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SubmissionProblem>> GetSubmissionProblemsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProblemRow>(new CommandDefinition(
            """
            SELECT severity AS Severity, code AS Code, row_number AS RowNumber, column_name AS ColumnName, message AS Message
            FROM submission_problems WHERE submission_id = @id
            ORDER BY CASE WHEN row_number IS NULL THEN 0 ELSE 1 END, row_number, ordinal
            """,
            new { id },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToProblem()).ToList();
    }
}
