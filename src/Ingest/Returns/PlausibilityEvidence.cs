using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// What a return's figures are compared with: each (indicator, area, period)'s stored value, so a row finds its
/// previous period's, and the statistical neighbours' values for each indicator and period. A return holds rows of
/// several periods (a quarter's figures beside the year's for annual indicators), so every key carries its period.
/// </summary>
public sealed record PlausibilityEvidence(
    IReadOnlyDictionary<(string IndicatorId, string AreaCode, string PeriodKey), double> Stored,
    IReadOnlyDictionary<(string IndicatorId, string PeriodKey), IReadOnlyList<double>> PeerValues)
{
    public static PlausibilityEvidence Empty { get; } = new(
        new Dictionary<(string, string, string), double>(), new Dictionary<(string, string), IReadOnlyList<double>>());

    /// <summary>The value stored for the row's indicator and area in the period before the row's, if any.</summary>
    public bool TryGetPrevious(string indicatorId, string areaCode, string periodKey, out double previous) =>
        Stored.TryGetValue((indicatorId, areaCode, Period.Parse(periodKey).Previous().Key), out previous);

    /// <summary>The statistical neighbours' values for the row's indicator and period, if any.</summary>
    public bool TryGetPeers(string indicatorId, string periodKey, out IReadOnlyList<double> peers) =>
        PeerValues.TryGetValue((indicatorId, periodKey), out peers!);
}
