using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Schedules;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// At every start, registers with Hangfire the recurring jobs of the configuration and of the app store (the app
/// store's win on the same id), so nothing scheduled is lost when the service restarts or its job storage is new.
/// A disabled schedule is removed from Hangfire; a schedule that cannot be registered is logged, not fatal.
/// </summary>
public sealed partial class RecurringScheduleRegistrar(
    IAppStore appStore,
    IngestOptions options,
    IRecurringJobManager manager,
    ILogger<RecurringScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var schedule in await SchedulesAsync(cancellationToken))
        {
            if (!schedule.Enabled)
            {
                manager.RemoveIfExists(schedule.Id);
                continue;
            }

            try
            {
                RecurringJobKinds.Register(manager, schedule);
                LogRegistered(schedule.Id, schedule.JobKind, schedule.Cron);
            }
            catch (Exception problem) when (problem is ArgumentException or InvalidOperationException)
            {
                LogNotRegistered(problem, schedule.Id);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The configuration's schedules overlaid by the app store's.</summary>
    public async Task<IReadOnlyList<RecurringSchedule>> SchedulesAsync(CancellationToken cancellationToken)
    {
        var schedules = options.Schedules.ToDictionary(
            s => s.Key,
            s => new RecurringSchedule { Id = s.Key, JobKind = s.Value.JobKind, Cron = s.Value.Cron, ArgumentsJson = s.Value.ArgumentsJson, Enabled = s.Value.Enabled },
            StringComparer.Ordinal);
        foreach (var stored in await appStore.GetSchedulesAsync(cancellationToken))
        {
            schedules[stored.Id] = stored;
        }

        return [.. schedules.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring job {Id} ({JobKind}) registered: {Cron}")]
    private partial void LogRegistered(string id, string jobKind, string cron);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recurring job {Id} could not be registered")]
    private partial void LogNotRegistered(Exception problem, string id);
}
