namespace Safeguarding.Analytics.Ingest.Demo.KnownTruth;

/// <summary>A detector's flag on the demo: an indicator (empty for a whole-profile flag) in a quarter.</summary>
public sealed record DetectorFlag(string IndicatorId, string PeriodKey, string Detail);

/// <summary>
/// How one detector did against the planted events it is meant to find: which it found and missed, every flag it
/// raised with whether a planted event explains it, and the precision and recall that follow.
/// </summary>
public sealed record DetectorResult(
    string Detector,
    string Method,
    IReadOnlyList<PlantedEventKind> Finds,
    IReadOnlyList<string> Found,
    IReadOnlyList<string> Missed,
    IReadOnlyList<(DetectorFlag Flag, string? ExplainedBy)> Flags)
{
    /// <summary>Planted events of the kinds it is meant to find that it found, over all of them; null when there are none.</summary>
    public double? Recall => Found.Count + Missed.Count == 0 ? null : (double)Found.Count / (Found.Count + Missed.Count);

    /// <summary>Flags that a planted event explains, over all its flags; null when it raised none.</summary>
    public double? Precision => Flags.Count == 0 ? null : (double)Flags.Count(f => f.ExplainedBy is not null) / Flags.Count;
}
