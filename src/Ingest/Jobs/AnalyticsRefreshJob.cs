using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// Queued after every committed load: the series a load touched must be re-evaluated (benchmarking, SPC, trends,
/// anomalies and the exceptions they raise). The analytics release fills in the evaluation; until then the job
/// confirms the load is visible and reports what it touched, so the chain load → refresh is in place and observable.
/// </summary>
public sealed partial class AnalyticsRefreshJob(IAnalyticStore warehouse, ILogger<AnalyticsRefreshJob> logger)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [Queue(JobQueues.Analytics)]
    public async Task RunAsync(string loadId, CancellationToken cancellationToken)
    {
        var loads = await warehouse.GetLoadsAsync(cancellationToken);
        var load = loads.FirstOrDefault(l => l.LoadId == loadId)
            ?? throw new InvalidOperationException($"Load {loadId} is not committed; nothing to refresh.");
        LogRefresh(load.LoadId, load.Source, load.RowCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics refresh after load {LoadId} ({Source}, {RowCount} rows)")]
    private partial void LogRefresh(string loadId, string source, long rowCount);
}
