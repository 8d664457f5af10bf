using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Ingest.Loading;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// Queued after every record load: counts <c>repeat_da_pct</c> and <c>fte_rate_per_100k</c> where the records lie and
/// writes, as one load, only the figures that differ from the latest held — so counting again with nothing new writes
/// nothing — each as the next version of its figure. Then the analytics are refreshed, as after any load.
/// </summary>
public sealed partial class DerivedIndicatorsJob(
    IRecordStore records,
    IAnalyticStore warehouse,
    ReferenceDataSet referenceData,
    LoadLock loadLock,
    IBackgroundJobClient jobs,
    AuditTrail audit,
    ILogger<DerivedIndicatorsJob> logger)
{
    /// <summary>The source of the derived figures.</summary>
    public const string Source = "records";

    private static readonly string[] IndicatorIds = [RecordIndicatorReference.RepeatDomesticAbuseId, RecordIndicatorReference.FirstTimeEntrantsId];

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [Queue(JobQueues.Analytics)]
    public Task RunAsync(CancellationToken cancellationToken) => DeriveAsync(cancellationToken);

    /// <summary>Counts and writes what changed; the committed load, or null when nothing changed.</summary>
    public async Task<LoadRecord?> DeriveAsync(CancellationToken cancellationToken)
    {
        using var held = loadLock.Acquire("derived", Source);
        IReadOnlyList<DerivedCount> counts =
            [.. await records.CountRepeatDomesticAbuseAsync(cancellationToken), .. await records.CountFirstTimeEntrantsAsync(cancellationToken)];
        var indicators = IndicatorIds.ToDictionary(id => id, referenceData.Indicator, StringComparer.Ordinal);
        var latest = (await warehouse.QueryAsync(new ObservationQuery { IndicatorIds = IndicatorIds }, cancellationToken))
            .ToDictionary(o => (o.IndicatorId, o.AreaCode, o.PeriodKey));
        var versions = latest.ToDictionary(p => p.Key, p => p.Value.Version);
        var changed = counts
            .Select(c => DerivedFigures.From(c, indicators[c.IndicatorId], Source))
            .Where(f => !latest.TryGetValue((f.IndicatorId, f.AreaCode, f.PeriodKey), out var stored) || !DerivedFigures.Same(f, stored))
            .Select(f => ObservationVersioning.Next(f, versions))
            .ToList();
        if (changed.Count == 0)
        {
            LogNothingNew(counts.Count);
            return null;
        }

        var key = DerivedFigures.SubmissionKey(changed);
        if (await warehouse.FindLoadBySubmissionKeyAsync(key, cancellationToken) is { } landed)
        {
            return landed;
        }

        var description = $"Derived from the records: {Summary(changed)}";
        var load = await warehouse.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), Source, description, changed) { SubmissionKey = key }, cancellationToken);
        LogWritten(load.RowCount, counts.Count, load.LoadId);
        await audit.RecordAsync(AuditActors.System, AuditActions.IndicatorsDerived, AuditSubjects.Records, load.LoadId, $"{load.RowCount:N0} of {counts.Count:N0} figures changed and were written ({Summary(changed)}); load {load.LoadId}", cancellationToken: cancellationToken);
        jobs.Enqueue<AnalyticsRefreshJob>(job => job.RunAsync(load.LoadId, CancellationToken.None));
        return load;
    }

    private static string Summary(IEnumerable<Observation> figures) =>
        string.Join(", ", figures.GroupBy(f => f.IndicatorId, StringComparer.Ordinal).Select(g => $"{g.Count():N0} {g.Key}"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Derived indicators: {Written} of {Counted} figures changed and were written (load {LoadId})")]
    private partial void LogWritten(long written, int counted, string loadId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Derived indicators: none of {Counted} figures changed; nothing written")]
    private partial void LogNothingNew(int counted);
}
