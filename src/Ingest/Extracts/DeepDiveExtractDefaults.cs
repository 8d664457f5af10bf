using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Extracts;
using Safeguarding.Analytics.Warehouse.Schedules;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// At every start: makes the timetable's deep-dive extracts the first time only (an analyst's edit or deletion of one
/// stands), then sets every extract's schedule again, so a board-meeting schedule points at its next date.
/// </summary>
public sealed partial class DeepDiveExtractDefaults(IAppStore appStore, ExtractScheduler scheduler, ILogger<DeepDiveExtractDefaults> logger) : IHostedService
{
    /// <summary>How many working days before the board meeting a default deep dive's extract is made.</summary>
    public const int DefaultWorkingDaysBefore = 10;

    /// <summary>A default covers the last three years of quarters before it runs.</summary>
    public const int DefaultQuarters = 12;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var deepDive in ReportingTimetable.DeepDives)
        {
            if (await appStore.AddExtractIfNeverStoredAsync(For(deepDive), AuditActors.System, cancellationToken).ConfigureAwait(false))
            {
                LogDefaultAdded(deepDive.Id);
            }
        }

        foreach (var extract in await appStore.GetExtractsAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await scheduler.ApplyAsync(extract, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException problem)
            {
                LogNotScheduled(problem, extract.Id);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The extract a timetable deep dive starts with: its priorities, every area, the last 12 quarters, a workbook.</summary>
    public static ExtractDefinition For(DeepDive deepDive)
    {
        ArgumentNullException.ThrowIfNull(deepDive);
        return new ExtractDefinition
        {
            Id = deepDive.Id,
            Title = $"{deepDive.Theme} deep dive",
            Theme = deepDive.Theme,
            PriorityIds = deepDive.PriorityIds,
            AreaRoles = ExtractAreaRoles.All,
            Periods = ExtractPeriodRange.Recent(DefaultQuarters),
            Format = "xlsx",
            Schedule = ExtractSchedule.BeforeBoardMeeting(DefaultWorkingDaysBefore, deepDive.Month),
            DeepDiveId = deepDive.Id,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deep-dive extract {Id} made from the reporting timetable")]
    private partial void LogDefaultAdded(string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Extract {Id} could not be scheduled")]
    private partial void LogNotScheduled(Exception problem, string id);
}
