using Hangfire;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// One load of the same thing at a time — an agency's return for a quarter, a comparator file — across every Hangfire
/// server sharing the storage. Hangfire's DisableConcurrentExecution locks a whole method, not an argument, so the
/// lock is taken by name here.
/// </summary>
public sealed class LoadLock(JobStorage storage)
{
    /// <summary>How long a second load waits before it fails (and is retried).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(5);

    public IDisposable Acquire(string scope, string key)
    {
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection.AcquireDistributedLock($"sga:load:{scope}:{key}", Wait), connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IDisposable distributedLock, IDisposable connection) : IDisposable
    {
        public void Dispose()
        {
            distributedLock.Dispose();
            connection.Dispose();
        }
    }
}
