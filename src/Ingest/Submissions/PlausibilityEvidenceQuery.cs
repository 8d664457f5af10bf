using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Submissions;

/// <summary>
/// What the plausibility checks compare a return with, read from the warehouse in two queries: each row's previous
/// period, and the statistical neighbours' values for the same period. Peers are compared only within the same period
/// key: a quarter's flow rate is not comparable with a year's.
/// </summary>
internal static class PlausibilityEvidenceQuery
{
    public static async Task<PlausibilityEvidence> ReadAsync(
        IAnalyticStore warehouse, AreaDirectory areas, ValidatedReturn validated, CancellationToken cancellationToken)
    {
        var rows = validated.Lines.Select(l => l.Observation).Where(o => o.Value is not null).ToList();
        if (rows.Count == 0)
        {
            return PlausibilityEvidence.Empty;
        }

        return await ReadAsync(
            warehouse,
            areas,
            rows.Select(o => o.IndicatorId).Distinct(StringComparer.Ordinal).ToList(),
            rows.Select(o => o.AreaCode).Distinct(StringComparer.Ordinal).ToList(),
            rows.Select(o => o.PeriodKey).Distinct(StringComparer.Ordinal).ToList(),
            cancellationToken);
    }

    /// <summary>The evidence for any rows among these indicators, areas and periods, read before the rows themselves are.</summary>
    public static async Task<PlausibilityEvidence> ReadAsync(
        IAnalyticStore warehouse,
        AreaDirectory areas,
        IReadOnlyList<string> indicatorIds,
        IReadOnlyList<string> areaCodes,
        IReadOnlyList<string> periodKeys,
        CancellationToken cancellationToken)
    {
        var previousKeys = periodKeys.Select(key => Period.Parse(key).Previous().Key).Distinct(StringComparer.Ordinal).ToList();
        var previous = await warehouse.QueryAsync(
            new ObservationQuery { IndicatorIds = indicatorIds, AreaCodes = areaCodes, PeriodKeys = previousKeys }, cancellationToken);

        var neighbourCodes = areaCodes.SelectMany(code => areas.Neighbours(code)).Select(n => areas.Resolve(n.NeighbourCode).Code)
            .Distinct(StringComparer.Ordinal).ToList();
        var peers = neighbourCodes.Count == 0
            ? []
            : await warehouse.QueryAsync(
                new ObservationQuery { IndicatorIds = indicatorIds, AreaCodes = neighbourCodes, PeriodKeys = periodKeys }, cancellationToken);

        return new PlausibilityEvidence(
            previous.Where(o => o.Value is not null).ToDictionary(o => (o.IndicatorId, o.AreaCode, o.PeriodKey), o => o.Value!.Value),
            peers.Where(o => o.Value is not null)
                .GroupBy(o => (o.IndicatorId, o.PeriodKey))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)g.Select(o => o.Value!.Value).ToList()));
    }
}
