using Safeguarding.Analytics.Domain.Observations;
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

        var latest = await LatestVersionsAsync(
            warehouse, Distinct(rows, o => o.IndicatorId), Distinct(rows, o => o.AreaCode), Distinct(rows, o => o.PeriodKey), cancellationToken);
        return latest.Count == 0 ? rows : rows.Select(o => Next(o, latest)).ToList();
    }

    /// <summary>
    /// The latest version the warehouse holds of each (indicator, area, period) among these, read before a load whose
    /// rows are numbered as they stream in.
    /// </summary>
    public static async Task<IReadOnlyDictionary<(string IndicatorId, string AreaCode, string PeriodKey), int>> LatestVersionsAsync(
        IAnalyticStore warehouse, IReadOnlyList<string> indicatorIds, IReadOnlyList<string> areaCodes, IReadOnlyList<string> periodKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var current = await warehouse.QueryAsync(
            new ObservationQuery { IndicatorIds = indicatorIds, AreaCodes = areaCodes, PeriodKeys = periodKeys },
            cancellationToken);
        return current.ToDictionary(o => (o.IndicatorId, o.AreaCode, o.PeriodKey), o => o.Version);
    }

    /// <summary>The row as the next version of its figure: one more than the latest held, or as it is when none is.</summary>
    public static Observation Next(Observation row, IReadOnlyDictionary<(string IndicatorId, string AreaCode, string PeriodKey), int> latest)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(latest);
        return latest.TryGetValue((row.IndicatorId, row.AreaCode, row.PeriodKey), out var version) ? row with { Version = version + 1 } : row;
    }

    private static List<string> Distinct(IReadOnlyList<Observation> rows, Func<Observation, string> key) =>
        rows.Select(key).Distinct(StringComparer.Ordinal).ToList();
}
