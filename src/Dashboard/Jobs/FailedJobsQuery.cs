using Safeguarding.Analytics.Domain.Readers;
using Hangfire;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Jobs;

/// <summary>How many of Hangfire's jobs have failed with every retry spent, and where the job dashboard lists them.</summary>
public sealed record FailedJobs(long Count)
{
    /// <summary>The job dashboard's list of failed jobs.</summary>
    public const string Link = "/hangfire/jobs/failed";

    public string Words => Count == 1 ? "1 failed job" : $"{Count:N0} failed jobs";
}

/// <summary>
/// The failed jobs a reader is told of in the header: an administrator, who can open the job dashboard and requeue
/// them, sees every job that failed with its retries spent — a return's load, a comparator or record file, an
/// analytics refresh, an extract; every other role is told nothing (null).
/// </summary>
public sealed class FailedJobsQuery(JobStorage storage)
{
    public FailedJobs? Read(BoardPerson? reader) =>
        reader?.Role == BoardRoles.Admin ? new FailedJobs(storage.GetMonitoringApi().FailedCount()) : null;
}
