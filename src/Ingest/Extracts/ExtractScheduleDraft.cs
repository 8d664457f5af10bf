namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>The schedule as sent: <c>kind</c> manual, cron or board-meeting, with that kind's settings.</summary>
public sealed class ExtractScheduleDraft
{
    public string? Kind { get; set; }
    public string? Cron { get; set; }
    public int? WorkingDaysBefore { get; set; }
    public int? BoardMonth { get; set; }
    public bool? Enabled { get; set; }
}
