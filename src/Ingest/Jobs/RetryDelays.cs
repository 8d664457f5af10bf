using Hangfire;
using Hangfire.Common;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// Hangfire's filters for a job, as its attributes and the global filters give them, except that when
/// <c>Hangfire:RetryDelaysSeconds</c> is set every job's automatic retry waits those delays instead of its own (the
/// last one repeated). Each job keeps its own number of attempts and the exceptions it is not retried on. Registered
/// in the host's services, so one host's setting is not another's.
/// </summary>
public sealed class RetryDelays(IReadOnlyList<int> delaysInSeconds) : IJobFilterProvider
{
    private readonly int[] _delays = delaysInSeconds.Count > 0 && delaysInSeconds.All(d => d >= 0)
        ? [.. delaysInSeconds]
        : throw new ArgumentException("Retry delays must be given, none of them negative.", nameof(delaysInSeconds));

    public IEnumerable<JobFilter> GetFilters(Job job) =>
        JobFilterProviders.Providers.GetFilters(job).Select(filter => filter.Instance is AutomaticRetryAttribute retry
            ? new JobFilter(WithDelays(retry), filter.Scope, filter.Order)
            : filter);

    private AutomaticRetryAttribute WithDelays(AutomaticRetryAttribute retry) => new()
    {
        Attempts = retry.Attempts,
        DelaysInSeconds = _delays,
        OnAttemptsExceeded = retry.OnAttemptsExceeded,
        LogEvents = retry.LogEvents,
        OnlyOn = retry.OnlyOn,
        ExceptOn = retry.ExceptOn,
        Order = retry.Order,
    };
}
