using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Warehouse.Tests.Audit;

/// <summary>
/// The recording rule, against a real SQLite store: a person's action fails when it cannot be recorded; the service's
/// own job logs the failure and carries on. A store that has never been migrated has no audit table to write to.
/// </summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-audit-").FullName;
    private readonly ErrorLog _log = new();

    [Fact]
    public async Task A_persons_action_that_cannot_be_recorded_fails()
    {
        var trail = new AuditTrail(Store("unmigrated"), _log);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            trail.RecordAsync(AuditActors.Anonymous, AuditActions.SubmissionFileDownloaded, AuditSubjects.Submission, "1", "police.csv"));
        Assert.Empty(_log.Errors);
    }

    [Fact]
    public async Task A_background_jobs_action_that_cannot_be_recorded_is_logged_as_an_error_and_the_job_carries_on()
    {
        var trail = new AuditTrail(Store("unmigrated"), _log);

        await trail.RecordAsync(AuditActors.System, AuditActions.ReturnLoaded, AuditSubjects.Submission, "1", "police.csv: 5 rows");

        Assert.Contains("return.loaded on submission 1 was not recorded", Assert.Single(_log.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_action_is_in_the_trail_with_its_client_address()
    {
        var store = Store("migrated");
        await store.MigrateAsync();
        var trail = new AuditTrail(store, _log);

        await trail.RecordAsync(AuditActors.Anonymous, AuditActions.ReturnReceived, AuditSubjects.Submission, "3", "police.csv via api", "192.0.2.1");

        var recorded = Assert.Single(await store.GetAuditAsync(new AuditFilter()));
        Assert.Equal(
            (AuditActors.Anonymous, AuditActions.ReturnReceived, "submission", "3", "police.csv via api", "192.0.2.1"),
            (recorded.Actor, recorded.Action, recorded.SubjectType, recorded.SubjectId, recorded.Detail, recorded.ClientAddress));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteAppStore Store(string name) => new($"Data Source={Path.Combine(_folder, name + ".db")};Pooling=False");

    /// <summary>Keeps what is logged at Error, as text.</summary>
    private sealed class ErrorLog : ILogger<AuditTrail>
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error)
            {
                Errors.Add(formatter(state, exception));
            }
        }
    }
}
