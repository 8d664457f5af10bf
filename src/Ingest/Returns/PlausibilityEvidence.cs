namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// What a return's figures are compared with: each (indicator, area)'s value in the previous period, and the values
/// of the area's statistical neighbours for the same indicator and period.
/// </summary>
public sealed record PlausibilityEvidence(
    IReadOnlyDictionary<(string IndicatorId, string AreaCode), double> Previous,
    IReadOnlyDictionary<string, IReadOnlyList<double>> PeerValues)
{
    public static PlausibilityEvidence Empty { get; } = new(new Dictionary<(string, string), double>(), new Dictionary<string, IReadOnlyList<double>>());
}
