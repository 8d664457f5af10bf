using Dapper;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// The exceptions register as evaluations leave it: raised, still open, cleared (never deleted), reopened.
public abstract partial class SqlAppStore
{
    public async Task<ExceptionReconciliation> ReconcileExceptionsAsync(
        string areaCode, IReadOnlyList<ExceptionFinding> findings, DateTime evaluatedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(areaCode);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Any(f => f.AreaCode != areaCode))
        {
            throw new ArgumentException($"Every finding of an evaluation of {areaCode} must be for {areaCode}.", nameof(findings));
        }

        var now = DateTime.SpecifyKind(evaluatedAt, DateTimeKind.Utc);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = (await connection.QueryAsync<ExceptionRow>(new CommandDefinition(
                $"SELECT {ExceptionRow.Columns} FROM exceptions WHERE area_code = @areaCode",
                new { areaCode },
                transaction,
                cancellationToken: cancellationToken)))
            .ToDictionary(r => (r.Kind, r.IndicatorId, r.AreaCode, r.PeriodKey, r.AgencyId ?? string.Empty));
        int raised = 0, stillOpen = 0, reopened = 0, cleared = 0;
        foreach (var finding in findings.DistinctBy(f => f.Key))
        {
            if (existing.Remove(finding.Key, out var row))
            {
                if (row.Status == ExceptionStatuses.Open)
                {
                    stillOpen++;
                }
                else
                {
                    reopened++;
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE exceptions SET agency_id = @AgencyId, severity = @Severity, method = @Method, summary = @Summary,
                        evidence_json = @EvidenceJson, status = @open, last_seen = @now, cleared_at = NULL
                    WHERE id = @id
                    """,
                    new { finding.AgencyId, finding.Severity, finding.Method, finding.Summary, finding.EvidenceJson, open = ExceptionStatuses.Open, now, id = row.Id },
                    transaction,
                    cancellationToken: cancellationToken));
                continue;
            }

            raised++;
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO exceptions (kind, indicator_id, area_code, period_key, agency_id, severity, method, summary, evidence_json,
                    status, first_seen, last_seen, cleared_at)
                VALUES (@Kind, @IndicatorId, @AreaCode, @PeriodKey, @AgencyId, @Severity, @Method, @Summary, @EvidenceJson,
                    @open, @now, @now, NULL)
                """,
                new
                {
                    finding.Kind, finding.IndicatorId, finding.AreaCode, finding.PeriodKey, finding.AgencyId, finding.Severity, finding.Method,
                    finding.Summary, finding.EvidenceJson, open = ExceptionStatuses.Open, now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        foreach (var gone in existing.Values.Where(r => r.Status == ExceptionStatuses.Open))
        {
            cleared++;
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE exceptions SET status = @cleared, cleared_at = @now WHERE id = @id",
                new { cleared = ExceptionStatuses.Cleared, now, id = gone.Id },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new ExceptionReconciliation(raised, stillOpen, reopened, cleared);
    }

    public async Task<IReadOnlyList<ExceptionFlag>> GetExceptionsAsync(ExceptionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExceptionRow>(new CommandDefinition(
            $"""
            SELECT {ExceptionRow.Columns} FROM exceptions
            WHERE (@Kind IS NULL OR kind = @Kind) AND (@IndicatorId IS NULL OR indicator_id = @IndicatorId)
              AND (@AreaCode IS NULL OR area_code = @AreaCode) AND (@PeriodKey IS NULL OR period_key = @PeriodKey)
              AND (@Severity IS NULL OR severity = @Severity) AND (@Status IS NULL OR status = @Status)
              AND (@QaState IS NULL OR qa_state = @QaState) AND (@AssignedAgencyId IS NULL OR qa_agency_id = @AssignedAgencyId)
              AND (@VisibleToAgencyId IS NULL OR agency_id = @VisibleToAgencyId OR qa_agency_id = @VisibleToAgencyId)
            ORDER BY CASE status WHEN 'open' THEN 0 ELSE 1 END,
                     CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
                     last_seen DESC, id
            LIMIT @Limit
            """,
            new
            {
                filter.Kind, filter.IndicatorId, filter.AreaCode, filter.PeriodKey, filter.Severity, filter.Status, filter.QaState,
                filter.AssignedAgencyId, filter.VisibleToAgencyId, Limit = Math.Clamp(filter.Limit, 1, 10_000),
            },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToFlag()).ToList();
    }
}

internal sealed class ExceptionRow
{
    public const string Columns = """
        id AS Id, kind AS Kind, indicator_id AS IndicatorId, area_code AS AreaCode, period_key AS PeriodKey, agency_id AS AgencyId,
        severity AS Severity, method AS Method, summary AS Summary, evidence_json AS EvidenceJson, status AS Status,
        first_seen AS FirstSeen, last_seen AS LastSeen, cleared_at AS ClearedAt,
        qa_state AS QaState, qa_agency_id AS QaAgencyId, qa_due_date AS QaDueDate, qa_steps AS QaSteps
        """;

    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string IndicatorId { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public string PeriodKey { get; set; } = "";
    public string? AgencyId { get; set; }
    public string Severity { get; set; } = "";
    public string Method { get; set; } = "";
    public string Summary { get; set; } = "";
    public string EvidenceJson { get; set; } = "";
    public string Status { get; set; } = "";
    public object FirstSeen { get; set; } = "";
    public object LastSeen { get; set; } = "";
    public object? ClearedAt { get; set; }
    public string QaState { get; set; } = "";
    public string? QaAgencyId { get; set; }
    public object? QaDueDate { get; set; }
    public long QaSteps { get; set; }

    public ExceptionFlag ToFlag() => new()
    {
        Id = Id,
        Finding = new ExceptionFinding
        {
            Kind = Kind,
            IndicatorId = IndicatorId,
            AreaCode = AreaCode,
            PeriodKey = PeriodKey,
            AgencyId = AgencyId,
            Severity = Severity,
            Method = Method,
            Summary = Summary,
            EvidenceJson = EvidenceJson,
        },
        Status = Status,
        FirstSeen = StoredValue.Utc(FirstSeen),
        LastSeen = StoredValue.Utc(LastSeen),
        ClearedAt = StoredValue.NullableUtc(ClearedAt),
        Qa = new ExceptionQaPosition(QaState, QaAgencyId, StoredDate.Nullable(QaDueDate), checked((int)QaSteps)),
    };
}
