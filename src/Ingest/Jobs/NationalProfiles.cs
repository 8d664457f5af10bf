using Safeguarding.Analytics.Forecasting.Anomalies;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>Every current local authority's profiles, read in one query, with a model trained for each period.</summary>
public static class NationalProfiles
{
    public static async Task<ProfileModels> TrainAsync(IAnalyticStore warehouse, AreaDirectory areas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(areas);
        var authorities = areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => a.Code).ToList();
        var figures = await warehouse.QueryAsync(new ObservationQuery { AreaCodes = authorities }, cancellationToken);
        return AreaProfiles.TrainByPeriod(AreaProfiles.From(figures));
    }
}
