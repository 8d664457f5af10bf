using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Warehouse.Audit;

/// <summary>
/// Records what people and the service do, one line at each place it happens.
/// <para>
/// The rule: for a safeguarding service a missing audit record is itself a problem, so an action someone asked for
/// (any actor but <see cref="AuditActors.System"/>) is recorded within the same operation, before its result is given
/// back, and a failure to record it fails the request loudly: a file is not handed over, a received return is not
/// queued for processing. The service's own background jobs (<see cref="AuditActors.System"/>) log the failure as an
/// error and carry on, because their work (a load already committed, a register already reconciled) cannot be undone
/// by refusing to finish it, and a retry would repeat it.
/// </para>
/// </summary>
public sealed partial class AuditTrail(IAppStore appStore, ILogger<AuditTrail> logger)
{
    /// <summary>Appends the event; see the class for what happens when it cannot be.</summary>
    public async Task RecordAsync(
        string actor, string action, string subjectType, string subjectId, string detail, string? clientAddress = null, CancellationToken cancellationToken = default)
    {
        var auditEvent = new AuditEvent
        {
            Actor = actor,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Detail = detail,
            ClientAddress = clientAddress,
        };
        if (!string.Equals(actor, AuditActors.System, StringComparison.Ordinal))
        {
            await appStore.AppendAuditAsync(auditEvent, cancellationToken);
            return;
        }

        try
        {
            await appStore.AppendAuditAsync(auditEvent, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogNotRecorded(failure, action, subjectType, subjectId, detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit event {Action} on {SubjectType} {SubjectId} was not recorded: {Detail}")]
    private partial void LogNotRecorded(Exception failure, string action, string subjectType, string subjectId, string detail);
}
