using System.Text.Json;
using Hangfire;
using Safeguarding.Analytics.Ingest.Extracts;
using Safeguarding.Analytics.Warehouse.Schedules;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>The jobs a schedule can name, and how each is registered with Hangfire.</summary>
public static class RecurringJobKinds
{
    public const string InboxWatch = "inbox-watch";

    /// <summary>Loads one comparator file; arguments <c>{"path": "..."}</c>.</summary>
    public const string ComparatorFile = "comparator-file";

    /// <summary>Runs a deep-dive extract; arguments <c>{"extractId": "..."}</c>.</summary>
    public const string DeepDiveExtract = "deep-dive-extract";

    public static IReadOnlyCollection<string> All { get; } = [InboxWatch, ComparatorFile, DeepDiveExtract];

    /// <exception cref="ArgumentException">The kind is unknown or its arguments are incomplete.</exception>
    public static void Register(IRecurringJobManager manager, RecurringSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(schedule);
        var options = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        switch (schedule.JobKind)
        {
            case InboxWatch:
                manager.AddOrUpdate<InboxWatchJob>(schedule.Id, job => job.RunAsync(CancellationToken.None), schedule.Cron, options);
                break;
            case ComparatorFile:
                var path = PathArgument(schedule);
                manager.AddOrUpdate<LoadComparatorFileJob>(schedule.Id, job => job.RunAsync(path, CancellationToken.None), schedule.Cron, options);
                break;
            case DeepDiveExtract:
                var extractId = Argument(schedule, "extractId");
                manager.AddOrUpdate<DeepDiveExtractJob>(schedule.Id, job => job.RunScheduledAsync(extractId, CancellationToken.None), schedule.Cron, options);
                break;
            default:
                throw new ArgumentException(
                    $"Schedule '{schedule.Id}' names job kind '{schedule.JobKind}'; the known kinds are {string.Join(", ", All)}.", nameof(schedule));
        }
    }

    private static string PathArgument(RecurringSchedule schedule) => Argument(schedule, "path");

    private static string Argument(RecurringSchedule schedule, string name)
    {
        using var arguments = JsonDocument.Parse(schedule.ArgumentsJson ?? "{}");
        return arguments.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ArgumentException($"Schedule '{schedule.Id}' ({schedule.JobKind}) needs arguments {{\"{name}\": \"...\"}}.", nameof(schedule));
    }
}
