using Safeguarding.Analytics.Warehouse.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// A batch of observations that becomes visible all at once: the rows are written first and the load is committed
/// last, and reads only see rows of committed loads, so a load that fails half-way is never seen.
/// </summary>
public sealed record ObservationLoad(string LoadId, string Source, string Description, IEnumerable<Observation> Observations)
{
    public static string NewId() => Guid.NewGuid().ToString("N");
}

/// <summary>A committed load, as the analytic store records it.</summary>
public sealed record LoadRecord(string LoadId, string Source, string Description, long RowCount, DateTime CommittedAt);
