using System.Globalization;
using Safeguarding.Analytics.Ingest.Extracts;
using Safeguarding.Analytics.Ingest.Extracts.Scheduling;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>How extracts and their runs read in the API: the schedule in words with its next run, and a run's download link.</summary>
internal static class ExtractJson
{
    public static string FileLink(long runId) => string.Create(CultureInfo.InvariantCulture, $"/api/extracts/runs/{runId}/file");

    public static object Extract(ExtractDefinition extract, ExtractScheduler scheduler, ExtractRun? lastRun) => new
    {
        extract.Id,
        extract.Title,
        extract.Theme,
        extract.IndicatorIds,
        extract.PriorityIds,
        extract.AreaRoles,
        extract.Periods,
        extract.Format,
        extract.Schedule,
        scheduleInWords = ExtractScheduleRules.Describe(extract.Schedule),
        nextRunUtc = scheduler.NextRun(extract),
        extract.DeepDiveId,
        extract.CreatedBy,
        extract.CreatedAt,
        extract.UpdatedBy,
        extract.UpdatedAt,
        lastRun = lastRun is null ? null : Run(lastRun),
        runs = $"/api/extracts/{Uri.EscapeDataString(extract.Id)}/runs",
    };

    public static object Run(ExtractRun run) => new
    {
        run.Id,
        run.ExtractId,
        run.Status,
        run.Trigger,
        run.RequestedBy,
        run.QueuedAt,
        run.StartedAt,
        run.FinishedAt,
        durationSeconds = run.Duration?.TotalSeconds,
        run.PeriodFrom,
        run.PeriodTo,
        run.Rows,
        run.SuppressedFigures,
        run.Bytes,
        run.Sha256,
        run.FileName,
        run.Error,
        download = run.Status == ExtractRunStatuses.Succeeded ? FileLink(run.Id) : null,
    };
}
