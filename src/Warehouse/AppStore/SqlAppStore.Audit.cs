using Dapper;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// The audit trail: appended and read, never changed (the engine's triggers refuse UPDATE and DELETE too).
public abstract partial class SqlAppStore
{
    private const int MaxDetailLength = 2_000;

    public async Task<AuditEvent> AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        CheckAuditEvent(auditEvent);

        // To the millisecond, as both engines keep it, so what is returned is what is read back. Always given here,
        // never by the engine's clock, so every row's time is written the same way and compares in order.
        var at = auditEvent.At == default ? DateTime.UtcNow : auditEvent.At.ToUniversalTime();
        var stored = auditEvent with
        {
            At = StoredValue.Millisecond(at),
            Detail = auditEvent.Detail.Length > MaxDetailLength ? auditEvent.Detail[..MaxDetailLength] : auditEvent.Detail,
        };
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO audit_events (at, actor, action, subject_type, subject_id, detail, client_address)
            VALUES (@At, @Actor, @Action, @SubjectType, @SubjectId, @Detail, @ClientAddress)
            RETURNING id
            """,
            new { stored.At, stored.Actor, stored.Action, stored.SubjectType, stored.SubjectId, stored.Detail, stored.ClientAddress },
            cancellationToken: cancellationToken));
        return stored with { Id = id };
    }

    public async Task<IReadOnlyList<AuditEvent>> GetAuditAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Only the conditions asked for: an untyped null time cannot be compared on PostgreSQL, and the indexes serve better.
        var conditions = new List<string>();
        void When(bool wanted, string condition)
        {
            if (wanted)
            {
                conditions.Add(condition);
            }
        }

        When(filter.From is not null, "at >= @From");
        When(filter.To is not null, "at < @To");
        When(filter.Actor is not null, "actor = @Actor");
        When(filter.Action is not null, "action = @Action");
        When(filter.SubjectType is not null, "subject_type = @SubjectType");
        When(filter.SubjectId is not null, "subject_id = @SubjectId");
        var where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            $"""
            SELECT id AS Id, at AS At, actor AS Actor, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
                   detail AS Detail, client_address AS ClientAddress
            FROM audit_events
            {where}
            ORDER BY at DESC, id DESC
            LIMIT @Limit
            """,
            new
            {
                From = filter.From?.ToUniversalTime(),
                To = filter.To?.ToUniversalTime(),
                filter.Actor,
                filter.Action,
                filter.SubjectType,
                filter.SubjectId,
                Limit = Math.Clamp(filter.Limit, 1, 10_000),
            },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEvent()).ToList();
    }

    private static void CheckAuditEvent(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.SubjectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.SubjectId);
        ArgumentNullException.ThrowIfNull(auditEvent.Detail);
        if (!AuditActions.All.Contains(auditEvent.Action))
        {
            throw new ArgumentException($"'{auditEvent.Action}' is not an audited action; expected one of {string.Join(", ", AuditActions.All)}.", nameof(auditEvent));
        }

        // PostgreSQL's text cannot hold a NUL character; refused on every engine so both behave alike.
        string?[] texts = [auditEvent.Actor, auditEvent.SubjectType, auditEvent.SubjectId, auditEvent.Detail, auditEvent.ClientAddress];
        if (texts.Any(t => t is not null && t.Contains('\0', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The {auditEvent.Action} event holds a NUL character.", nameof(auditEvent));
        }
    }
}

internal sealed class AuditRow
{
    public long Id { get; set; }
    public object At { get; set; } = "";
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string Detail { get; set; } = "";
    public string? ClientAddress { get; set; }

    public AuditEvent ToEvent() => new()
    {
        Id = Id,
        At = StoredValue.Utc(At),
        Actor = Actor,
        Action = Action,
        SubjectType = SubjectType,
        SubjectId = SubjectId,
        Detail = Detail,
        ClientAddress = ClientAddress,
    };
}
