using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Audit;

/// <summary>
/// The audit trail for one reader: the audit page, <c>/api/audit</c> and <c>/api/audit.csv</c>. It names every
/// agency's files, steps and comments, so it is the administrator's alone (the route's policy admits no one else, and
/// the query answers anyone else with nothing).
/// </summary>
public sealed class AuditTrailReads(IAppStore store)
{
    public async Task<IReadOnlyList<AuditEvent>> ForAsync(Reader reader, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        return reader.Role == BoardRoles.Admin ? await store.GetAuditAsync(filter, cancellationToken) : [];
    }
}
