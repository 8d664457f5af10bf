namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>The period range as sent: fixed <c>from</c>/<c>to</c> keys, or <c>lastQuarters</c>.</summary>
public sealed class ExtractPeriodsDraft
{
    public string? From { get; set; }
    public string? To { get; set; }
    public int? LastQuarters { get; set; }
}
