using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Loading;

/// <summary>
/// Numbers incoming rows as the next version of each (indicator, area, period): one more than the latest version the
/// warehouse holds, from any source, so the newest figure is what the dashboard shows and earlier versions stay
/// readable. Callers hold the lock for what they load, so no other load of these keys runs meanwhile.
/// </summary>
public static class ObservationVersioning
{
    public static async Task<IReadOnlyList<Observation>> NextVersionsAsync(
        IAnalyticStore warehouse, IReadOnlyList<Observation> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return rows;
        }

        var current = await warehouse.QueryAsync(
            new ObservationQuery
            {
                IndicatorIds = Distinct(rows, o => o.IndicatorId),
                AreaCodes = Distinct(rows, o => o.AreaCode),
                PeriodKeys = Distinct(rows, o => o.PeriodKey),
            },
            cancellationToken);
        if (current.Count == 0)
        {
            return rows;
        }

        var latest = current.ToDictionary(o => (o.IndicatorId, o.AreaCode, o.PeriodKey), o => o.Version);
        return rows
            .Select(o => latest.TryGetValue((o.IndicatorId, o.AreaCode, o.PeriodKey), out var version) ? o with { Version = version + 1 } : o)
            .ToList();
    }

    private static List<string> Distinct(IReadOnlyList<Observation> rows, Func<Observation, string> key) =>
        rows.Select(key).Distinct(StringComparer.Ordinal).ToList();
}
