namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>Bound from the <c>Ingest</c> section: the inbox folder and the recurring schedules the configuration sets.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// The folder watched for returns and comparator files; relative paths are under the content root. Files that
    /// were taken move to <c>processed/</c>, files that could not be read to <c>failed/</c> with a note of why.
    /// </summary>
    public string InboxPath { get; set; } = "data-local/inbox";

    /// <summary>A file is taken only once it has not changed for this long, so a half-copied file is left alone.</summary>
    public int InboxSettleSeconds { get; set; } = 5;

    /// <summary>Recurring jobs by id. The app store's schedules of the same id win: they are what an analyst set.</summary>
    public Dictionary<string, ScheduleSetting> Schedules { get; set; } = new(StringComparer.Ordinal)
    {
        ["inbox-watch"] = new ScheduleSetting { JobKind = RecurringJobKinds.InboxWatch, Cron = "* * * * *" },
    };
}

/// <summary>One recurring job in configuration: what to run and when (cron), with its settings as JSON.</summary>
public sealed class ScheduleSetting
{
    public string JobKind { get; set; } = string.Empty;
    public string Cron { get; set; } = string.Empty;
    public string? ArgumentsJson { get; set; }
    public bool Enabled { get; set; } = true;
}
