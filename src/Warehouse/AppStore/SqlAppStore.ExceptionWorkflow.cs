using System.Globalization;
using Dapper;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// The QA sub-group's challenge and response on an exception: each step re-checked against the exception as it stands
// inside the transaction that records it, so two people acting at once cannot both move it.
public abstract partial class SqlAppStore
{
    private const string StepColumns = """
        id AS Id, exception_id AS ExceptionId, number AS Number, action AS Action, from_state AS FromState, to_state AS ToState,
        agency_id AS AgencyId, due_date AS DueDate, comment AS Comment, actor AS Actor, at AS At
        """;

    /// <summary>What follows a SELECT to hold the exception's row until the step commits; empty where a write transaction already does.</summary>
    protected virtual string LockRowsSql => string.Empty;

    /// <summary>A date parameter, passed as yyyy-MM-dd text, as the engine stores dates.</summary>
    protected virtual string DateParameter(string parameter) => parameter;

    public async Task<ExceptionStepResult> TakeExceptionStepAsync(long exceptionId, ExceptionStep exceptionStep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exceptionStep);

        var now = StoredValue.Millisecond(DateTime.UtcNow);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<QaPositionRow>(new CommandDefinition(
                $"SELECT qa_state AS State, qa_agency_id AS AgencyId, qa_due_date AS DueDate, qa_steps AS Steps FROM exceptions WHERE id = @exceptionId {LockRowsSql}",
                new { exceptionId },
                transaction,
                cancellationToken: cancellationToken))
            ?? throw new KeyNotFoundException($"No exception has id {exceptionId}.");
        var current = row.ToPosition();
        var decision = ExceptionWorkflow.Decide(current, exceptionStep, now);
        if (decision.After is not { } after)
        {
            return ExceptionStepResult.Refused(decision.Refusal!);
        }

        var dueDate = StoredDate.Text(after.DueDate);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE exceptions SET qa_state = @State, qa_agency_id = @AgencyId, qa_due_date = {DateParameter("@dueDate")}, qa_steps = @Steps
            WHERE id = @exceptionId AND qa_steps = @seen
            """,
            new { after.State, after.AgencyId, dueDate, after.Steps, exceptionId, seen = current.Steps },
            transaction,
            cancellationToken: cancellationToken));
        if (moved != 1)
        {
            return ExceptionStepResult.Refused("Someone else has taken a step on this exception since you looked; look at it again before acting.");
        }

        var taken = new ExceptionStepTaken
        {
            ExceptionId = exceptionId,
            Number = after.Steps,
            Action = exceptionStep.Action,
            FromState = current.State,
            ToState = after.State,
            AgencyId = after.AgencyId,
            DueDate = after.DueDate,
            Comment = exceptionStep.Comment,
            Actor = exceptionStep.Actor,
            At = now,
        };
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            INSERT INTO exception_steps (exception_id, number, action, from_state, to_state, agency_id, due_date, comment, actor, at)
            VALUES (@ExceptionId, @Number, @Action, @FromState, @ToState, @AgencyId, {DateParameter("@dueDate")}, @Comment, @Actor, @At)
            RETURNING id
            """,
            new { taken.ExceptionId, taken.Number, taken.Action, taken.FromState, taken.ToState, taken.AgencyId, dueDate, taken.Comment, taken.Actor, taken.At },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new ExceptionStepResult(taken with { Id = id }, null);
    }

    public async Task<IReadOnlyList<ExceptionStepTaken>> GetExceptionStepsAsync(long exceptionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StepRow>(new CommandDefinition(
            $"SELECT {StepColumns} FROM exception_steps WHERE exception_id = @exceptionId ORDER BY number",
            new { exceptionId },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToStep()).ToList();
    }

    private sealed class QaPositionRow
    {
        public string State { get; set; } = "";
        public string? AgencyId { get; set; }
        public object? DueDate { get; set; }
        public long Steps { get; set; }

        public ExceptionQaPosition ToPosition() => new(State, AgencyId, StoredDate.Nullable(DueDate), checked((int)Steps));
    }

    private sealed class StepRow
    {
        public long Id { get; set; }
        public long ExceptionId { get; set; }
        public long Number { get; set; }
        public string Action { get; set; } = "";
        public string FromState { get; set; } = "";
        public string ToState { get; set; } = "";
        public string? AgencyId { get; set; }
        public object? DueDate { get; set; }
        public string Comment { get; set; } = "";
        public string Actor { get; set; } = "";
        public object At { get; set; } = "";

        public ExceptionStepTaken ToStep() => new()
        {
            Id = Id,
            ExceptionId = ExceptionId,
            Number = checked((int)Number),
            Action = Action,
            FromState = FromState,
            ToState = ToState,
            AgencyId = AgencyId,
            DueDate = StoredDate.Nullable(DueDate),
            Comment = Comment,
            Actor = Actor,
            At = StoredValue.Utc(At),
        };
    }
}

/// <summary>Dates as the engines keep them: PostgreSQL's date, SQLite's yyyy-MM-dd text.</summary>
internal static class StoredDate
{
    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Nullable(object? value) => value switch
    {
        null or DBNull => null,
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"Unexpected stored date {other}."),
    };
}
