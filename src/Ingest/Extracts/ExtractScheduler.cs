using System.Text.Json;
using Hangfire;
using Safeguarding.Analytics.Ingest.Extracts.Scheduling;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Extracts;
using Safeguarding.Analytics.Warehouse.Schedules;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// Keeps an extract's schedule in the app store (so it is registered again at every start, whatever the job storage)
/// and in Hangfire in step with its definition: a scheduled extract has a recurring job; one on request only, switched
/// off or deleted has none.
/// </summary>
public sealed class ExtractScheduler(IAppStore appStore, IRecurringJobManager manager, ExtractScheduleRules rules, TimeProvider clock)
{
    /// <summary>The id of an extract's schedule, in the app store and in Hangfire.</summary>
    public static string ScheduleId(string extractId) => $"{RecurringJobKinds.DeepDiveExtract}:{extractId}";

    /// <summary>When the extract next runs by itself, or null.</summary>
    public DateTime? NextRun(ExtractDefinition extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        return rules.NextRun(extract.Schedule, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Brings the app store's schedule and Hangfire's recurring job in line with the definition.</summary>
    public async Task ApplyAsync(ExtractDefinition extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        if (extract.Schedule.Kind == ExtractScheduleKinds.Manual)
        {
            await RemoveAsync(extract.Id, cancellationToken).ConfigureAwait(false);
            return;
        }

        var id = ScheduleId(extract.Id);
        var cron = rules.HangfireCron(extract.Schedule, clock.GetUtcNow().UtcDateTime);

        var schedule = new RecurringSchedule
        {
            Id = id,
            JobKind = RecurringJobKinds.DeepDiveExtract,
            Cron = cron ?? extract.Schedule.Cron ?? string.Empty,
            ArgumentsJson = JsonSerializer.Serialize(new { extractId = extract.Id }),
            Enabled = extract.Schedule.Enabled && cron is not null,
        };
        await appStore.SaveScheduleAsync(schedule, cancellationToken).ConfigureAwait(false);
        if (schedule.Enabled)
        {
            RecurringJobKinds.Register(manager, schedule);
        }
        else
        {
            manager.RemoveIfExists(id);
        }
    }

    /// <summary>Takes the extract's schedule out of the app store and Hangfire.</summary>
    public async Task RemoveAsync(string extractId, CancellationToken cancellationToken = default)
    {
        var id = ScheduleId(extractId);
        await appStore.DeleteScheduleAsync(id, cancellationToken).ConfigureAwait(false);
        manager.RemoveIfExists(id);
    }
}
