using Hangfire;
using Hangfire.Common;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// Hangfire's filters for a job, as its attributes and the global filters give them, and this host's own: a file the
/// inbox took is filed as failed, with the reason, once its job has failed for good (<see cref="InboxFailedFiles"/>).
/// When <c>Hangfire:RetryDelaysSeconds</c> is set, every job's automatic retry waits those delays instead of its own
/// (the last one repeated); each job keeps its own number of attempts and the exceptions it is not retried on.
/// Registered in the host's services, so one host's filters are not another's.
/// </summary>
public sealed class IngestJobFilters(JobStorageOptions options, InboxFailedFiles inboxFailedFiles) : IJobFilterProvider
{
    public IEnumerable<JobFilter> GetFilters(Job job)
    {
        foreach (var filter in JobFilterProviders.Providers.GetFilters(job))
        {
            yield return filter.Instance is AutomaticRetryAttribute retry && options.RetryDelaysSeconds.Count > 0
                ? new JobFilter(WithDelays(retry, options.RetryDelaysSeconds), filter.Scope, filter.Order)
                : filter;
        }

        yield return new JobFilter(inboxFailedFiles, JobFilterScope.Global, null);
    }

    private static AutomaticRetryAttribute WithDelays(AutomaticRetryAttribute retry, IReadOnlyList<int> delays) => new()
    {
        Attempts = retry.Attempts,
        DelaysInSeconds = [.. delays],
        OnAttemptsExceeded = retry.OnAttemptsExceeded,
        LogEvents = retry.LogEvents,
        OnlyOn = retry.OnlyOn,
        ExceptOn = retry.ExceptOn,
        Order = retry.Order,
    };
}
