using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Areas;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Comparison;

/// <summary>
/// The compare-areas view of an indicator: one cross-section read for the period asked for, or, without one, the
/// latest period England has a figure for (the latest national publication), else the area's own latest.
/// </summary>
internal sealed class ComparePageQuery(IAppStore appStore, IAnalyticStore warehouse, AreaDirectory areas)
{
    public async Task<(Indicator Indicator, ComparisonResult Comparison)?> LoadAsync(
        string indicatorId, string areaCode, string? periodKey, CancellationToken cancellationToken = default)
    {
        if (await appStore.FindIndicatorAsync(indicatorId, cancellationToken) is not { } indicator
            || !areas.TryResolve(areaCode, out var area) || area.Kind != AreaKind.LocalAuthority)
        {
            return null;
        }

        Period? period = null;
        if (periodKey is not null && !Period.TryParse(periodKey, out period))
        {
            return null;
        }

        if (period is null)
        {
            var series = await warehouse.QueryAsync(ObservationQuery.Series(indicator.Id, [areas.England.Code, area.Code]), cancellationToken);
            var latest = series.Where(o => o.Value is not null && o.AreaCode == areas.England.Code).LastOrDefault()
                ?? series.LastOrDefault(o => o.Value is not null);
            if (latest is null)
            {
                return null;
            }

            period = Period.Parse(latest.PeriodKey);
        }

        var crossSection = await warehouse.QueryAsync(ObservationQuery.CrossSection(indicator.Id, period.Key), cancellationToken);
        return (indicator, AreaComparison.Of(indicator, period.Key, area, areas, crossSection));
    }
}
