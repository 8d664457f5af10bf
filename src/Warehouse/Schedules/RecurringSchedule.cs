namespace Safeguarding.Analytics.Warehouse.Schedules;

/// <summary>
/// A recurring job an analyst or the configuration asked for, kept in the app store so that it is registered again
/// with Hangfire at every start. <see cref="JobKind"/> names the job (e.g. <c>inbox-watch</c>);
/// <see cref="ArgumentsJson"/> holds its settings.
/// </summary>
public sealed record RecurringSchedule
{
    public required string Id { get; init; }
    public required string JobKind { get; init; }

    /// <summary>A cron expression, as Hangfire reads it.</summary>
    public required string Cron { get; init; }

    public string? ArgumentsJson { get; init; }
    public bool Enabled { get; init; } = true;

    /// <summary>UTC; set by the app store on save.</summary>
    public DateTime UpdatedAt { get; init; }
}
