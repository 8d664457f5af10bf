using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.Monitoring;
using Microsoft.Extensions.Logging.Abstractions;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Records.Synthetic;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.DuckDb;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;
using static Safeguarding.Analytics.Ingest.Tests.Records.RecordFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Records;

/// <summary>
/// The record jobs on real stores in a folder of their own: one DuckDB file holding the records and the observations
/// (as in the service), a SQLite app store for the audit trail, and Hangfire's in-memory storage for the lock and the
/// queue (jobs are queued there, not run: the tests run the next job themselves).
/// </summary>
internal sealed class RecordJobTestBed : IDisposable
{
    private readonly InMemoryStorage _jobs = new();

    public RecordJobTestBed()
    {
        var file = new DuckDbAnalyticStoreOptions(System.IO.Path.Combine(Folder, "warehouse.duckdb"));
        Warehouse = new DuckDbAnalyticStore(file);
        Records = new DuckDbRecordStore(file);
        Warehouse.InstallSchemaAsync().GetAwaiter().GetResult();
        Records.InstallSchemaAsync().GetAwaiter().GetResult();
        AppStore = new SqliteAppStore($"Data Source={System.IO.Path.Combine(Folder, "app.db")};Pooling=False");
        AppStore.MigrateAsync().GetAwaiter().GetResult();
        Inbox = new Inbox(System.IO.Path.Combine(Folder, "inbox"));
        var loadLock = new LoadLock(_jobs);
        var client = new BackgroundJobClient(_jobs);
        var audit = new AuditTrail(AppStore, NullLogger<AuditTrail>.Instance);
        LoadJob = new LoadRecordFileJob(Records, new RecordFileReader(Codes, TimeProvider.System), Inbox, loadLock, client, TimeProvider.System, audit, NullLogger<LoadRecordFileJob>.Instance);
        DeriveJob = new DerivedIndicatorsJob(Records, Warehouse, Reference, loadLock, client, audit, NullLogger<DerivedIndicatorsJob>.Instance);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("sga-record-jobs-").FullName;

    public DuckDbAnalyticStore Warehouse { get; }

    public DuckDbRecordStore Records { get; }

    public SqliteAppStore AppStore { get; }

    public Inbox Inbox { get; }

    public LoadRecordFileJob LoadJob { get; }

    public DerivedIndicatorsJob DeriveJob { get; }

    /// <summary>Small synthetic files: three financial years for every English authority.</summary>
    public SyntheticRecordFiles Generate(string name, long incidents = 20_000, long outcomes = 5_000, ulong seed = 3) =>
        SyntheticRecordGenerator.Write(
            System.IO.Path.Combine(Folder, name),
            new SyntheticRecordOptions { Incidents = incidents, Outcomes = outcomes, Years = 3, Seed = seed },
            Analytics.Warehouse.ReferenceData.ReferenceDataFolder.Locate(),
            Reference.Areas);

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The jobs waiting in a queue, by method.</summary>
    public IReadOnlyList<string> Queued(string queue) =>
        [.. _jobs.GetMonitoringApi().EnqueuedJobs(queue, 0, 1000).Select(j => $"{j.Value.Job.Type.Name}.{j.Value.Job.Method.Name}")];

    public async Task<(IReadOnlyList<DerivedCount> Repeat, IReadOnlyList<DerivedCount> Fte)> CountsAsync() =>
        (await Records.CountRepeatDomesticAbuseAsync(), await Records.CountFirstTimeEntrantsAsync());

    public void Dispose()
    {
        Records.Dispose();
        Warehouse.Dispose();
        _jobs.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
