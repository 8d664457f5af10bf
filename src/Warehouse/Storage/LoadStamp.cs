namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// Where the warehouse's list of committed loads stands: how many, and the order number of the last. Loads are the
/// warehouse's only writers, so a figure read, or a decision made over figures, holds while the stamp is unchanged,
/// whichever instance of the service committed the load.
/// </summary>
public sealed record LoadStamp(long Loads, long LastCommit)
{
    public static readonly LoadStamp Empty = new(0, 0);
}
