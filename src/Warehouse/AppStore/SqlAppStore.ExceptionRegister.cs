using Dapper;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Warehouse.Exceptions.Register;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// The QA sub-group's register, paged, sorted and filtered by the engine: every value a parameter, the order one of a
// fixed set of expressions.
public abstract partial class SqlAppStore
{
    private const string RegisterWhere = """
        WHERE (@PriorityId IS NULL OR indicator_id IN (SELECT i.id FROM indicators i WHERE i.priority_id = @PriorityId))
          AND (@AgencyId IS NULL OR agency_id = @AgencyId)
          AND (@Kind IS NULL OR kind = @Kind) AND (@IndicatorId IS NULL OR indicator_id = @IndicatorId)
          AND (@AreaCode IS NULL OR area_code = @AreaCode) AND (@Status IS NULL OR status = @Status)
          AND (@QaState IS NULL OR qa_state = @QaState) AND (@Severity IS NULL OR severity = @Severity)
          AND (@PeriodKey IS NULL OR period_key = @PeriodKey) AND (@AssignedAgencyId IS NULL OR qa_agency_id = @AssignedAgencyId)
          AND (@VisibleToAgencyId IS NULL OR agency_id = @VisibleToAgencyId OR qa_agency_id = @VisibleToAgencyId)
        """;

    public async Task<ExceptionPage> GetExceptionPageAsync(ExceptionRegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var order = RegisterOrder(query.SortBy, query.Descending);
        var parameters = new
        {
            query.PriorityId, query.AgencyId, query.Kind, query.IndicatorId, query.AreaCode, query.Status, query.QaState, query.Severity,
            query.PeriodKey, query.AssignedAgencyId, query.VisibleToAgencyId,
            Skip = Math.Max(0, query.Skip), Take = Math.Clamp(query.Take, 1, ExceptionRegisterQuery.MaxTake),
        };
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM exceptions {RegisterWhere}", parameters, transaction, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ExceptionRow>(new CommandDefinition(
            $"SELECT {ExceptionRow.Columns} FROM exceptions {RegisterWhere} ORDER BY {order} LIMIT @Take OFFSET @Skip",
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new ExceptionPage(rows.Select(r => r.ToFlag()).ToList(), checked((int)total));
    }

    public async Task<ExceptionFlag?> FindExceptionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExceptionRow>(new CommandDefinition(
            $"SELECT {ExceptionRow.Columns} FROM exceptions WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToFlag();
    }

    /// <summary>The ORDER BY for a whitelisted sort, with the id as the tie-break so paging never repeats or skips a row.</summary>
    private static string RegisterOrder(string sortBy, bool descending)
    {
        var direction = descending ? "DESC" : "ASC";
        var key = sortBy switch
        {
            ExceptionRegisterSorts.Severity => $"CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END {direction}",
            ExceptionRegisterSorts.Period => $"period_key {direction}",
            ExceptionRegisterSorts.Indicator => $"indicator_id {direction}",
            ExceptionRegisterSorts.Kind => $"kind {direction}",
            ExceptionRegisterSorts.QaState =>
                $"CASE qa_state WHEN 'open' THEN 0 WHEN 'assigned' THEN 1 WHEN 'responded' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END {direction}",
            ExceptionRegisterSorts.DueDate => $"CASE WHEN qa_due_date IS NULL THEN 1 ELSE 0 END, qa_due_date {direction}",
            ExceptionRegisterSorts.FirstSeen => $"first_seen {direction}",
            ExceptionRegisterSorts.LastSeen => $"last_seen {direction}",
            _ => throw new ArgumentException($"'{sortBy}' is not a register column: sort by one of {string.Join(", ", ExceptionRegisterSorts.All)}.", nameof(sortBy)),
        };
        return $"{key}, id";
    }
}
