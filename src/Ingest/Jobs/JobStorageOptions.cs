namespace Safeguarding.Analytics.Ingest.Jobs;

public enum JobStorageEngine
{
    InMemory,
    Postgres,
}

/// <summary>Bound from the <c>Hangfire</c> section; the PostgreSQL storage uses <c>ConnectionStrings:Hangfire</c>.</summary>
public sealed class JobStorageOptions
{
    public const string Section = "Hangfire";

    public JobStorageEngine Storage { get; set; } = JobStorageEngine.InMemory;

    /// <summary>How many jobs run at once; loads are I/O bound, two is plenty on a small server.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often the server looks for retries and delayed jobs that are due.</summary>
    public int SchedulePollingSeconds { get; set; } = 5;

    /// <summary>
    /// On PostgreSQL, how long a job taken by an instance that has since died (stopped sending heartbeats) waits before
    /// another instance takes it up.
    /// </summary>
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// On PostgreSQL, how old a lock (one load of a return or file at a time) must be before it counts as left by a
    /// dead instance and is taken over: longer than the longest load.
    /// </summary>
    public int DistributedLockTimeoutSeconds { get; set; } = 600;

    /// <summary>
    /// The delays between a failed job's retries, replacing each job's own (the last is repeated); empty keeps them.
    /// A test's short delays let it see every retry spent.
    /// </summary>
    public IReadOnlyList<int> RetryDelaysSeconds { get; set; } = [];
}
