using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Forecasting.Anomalies;
using Safeguarding.Analytics.Forecasting.Exceptions;
using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Domain.Readers;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// Queued after every committed load: re-evaluates the board's area — every indicator's series against its
/// statistical neighbours and England, its XmR chart and trend, its multi-indicator profile against every local
/// authority's (ML.NET randomized PCA), and the agencies' data quality — and brings the
/// exceptions register in line: new flags raised, flags that still hold kept (first seen unchanged), flags that no
/// longer hold cleared, never deleted. Two reads of the warehouse (the area with its neighbours and England; every
/// local authority), one transaction on the register; evaluations of the area run one at a time.
/// </summary>
public sealed partial class AnalyticsRefreshJob(
    IAnalyticStore warehouse,
    IAppStore appStore,
    FiguresForReaders figures,
    AreaDirectory areas,
    BoardOptions board,
    LoadLock loadLock,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<AnalyticsRefreshJob> logger)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [Queue(JobQueues.Analytics)]
    public async Task RunAsync(string loadId, CancellationToken cancellationToken)
    {
        var loads = await warehouse.GetLoadsAsync(cancellationToken);
        var load = loads.FirstOrDefault(l => l.LoadId == loadId)
            ?? throw new InvalidOperationException($"Load {loadId} is not committed; nothing to refresh.");
        if (loads[^1].LoadId != load.LoadId)
        {
            // Every load queues a refresh once it commits, and each evaluates the whole store: a later load's refresh,
            // queued behind this one, does this one's work too.
            LogSuperseded(load.LoadId, loads[^1].LoadId);
            return;
        }

        var home = areas.Resolve(board.HomeAreaCode);
        using var held = loadLock.Acquire("analytics", home.Code);
        var findings = await EvaluateAsync(home, cancellationToken);
        var result = await appStore.ReconcileExceptionsAsync(home.Code, findings, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await audit.RecordAsync(AuditActors.System, AuditActions.ExceptionsReconciled, AuditSubjects.Area, home.Code, $"After load {load.LoadId} ({load.Source}): {result.Raised} raised, {result.StillOpen} still open, {result.Reopened} reopened, {result.Cleared} cleared", cancellationToken: cancellationToken);
        LogRefresh(load.LoadId, load.Source, home.Code, result.Raised, result.StillOpen, result.Reopened, result.Cleared);

        // What readers under disclosure control may see is decided over every indicator's frame now, after the load,
        // rather than by the first board member to open a page.
        await figures.WithheldFromAsync(Reader.BoardMember, await appStore.GetIndicatorsAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    private async Task<List<ExceptionFinding>> EvaluateAsync(Area home, CancellationToken cancellationToken)
    {
        var neighbours = areas.Neighbours(home.Code).Select(n => areas.Resolve(n.NeighbourCode).Code).ToList();
        var observations = await warehouse.QueryAsync(
            new ObservationQuery { AreaCodes = [home.Code, areas.England.Code, .. neighbours] }, cancellationToken);
        var byIndicator = observations.ToLookup(o => o.IndicatorId, StringComparer.Ordinal);
        var findings = new List<ExceptionFinding>();
        foreach (var indicator in await appStore.GetIndicatorsAsync(cancellationToken))
        {
            var rows = byIndicator[indicator.Id].ToList();
            var series = rows.Where(o => o.AreaCode == home.Code).ToList();
            if (series.Count == 0)
            {
                continue;
            }

            var england = rows.Where(o => o.AreaCode == areas.England.Code && o.Value is not null)
                .ToDictionary(o => o.PeriodKey, o => o.Value!.Value, StringComparer.Ordinal);
            var neighbourAverage = rows.Where(o => neighbours.Contains(o.AreaCode))
                .GroupBy(o => o.PeriodKey, StringComparer.Ordinal)
                .Select(g => (Period: g.Key, Average: StatisticalNeighbourAverage.Of(g.Select(o => o.Value)).Value))
                .Where(p => p.Average is not null)
                .ToDictionary(p => p.Period, p => p.Average!.Value, StringComparer.Ordinal);
            findings.AddRange(SeriesExceptions.Evaluate(indicator, home.Code, series, neighbourAverage, england));
        }

        findings.AddRange(DataQualityExceptions.Evaluate(await appStore.GetDataQualityAsync(cancellationToken: cancellationToken), home.Code));
        findings.AddRange(await UnusualProfilesAsync(home, cancellationToken));
        return findings;
    }

    /// <summary>The home area's profile against every current local authority's, period by period.</summary>
    private async Task<IEnumerable<ExceptionFinding>> UnusualProfilesAsync(Area home, CancellationToken cancellationToken) =>
        AreaProfiles.Exceptions(await NationalProfiles.TrainAsync(warehouse, areas, cancellationToken), home.Code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics refresh after load {LoadId} ({Source}) for {Area}: {Raised} exceptions raised, {StillOpen} still open, {Reopened} reopened, {Cleared} cleared")]
    private partial void LogRefresh(string loadId, string source, string area, int raised, int stillOpen, int reopened, int cleared);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Analytics refresh after load {LoadId} left to the refresh after the later load {LatestLoadId}")]
    private partial void LogSuperseded(string loadId, string latestLoadId);
}
