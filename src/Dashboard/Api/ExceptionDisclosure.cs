using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// Which exceptions sent through the API are about a figure withheld for a small count: their evidence and summary
/// carry that figure's numbers, so for everyone but the analyst they leave without them, with the reason. One read of
/// the warehouse for all the flags sent.
/// </summary>
internal static class ExceptionDisclosure
{
    /// <summary>The reason each withheld flag's figures are not shown, by exception id; empty for an analyst.</summary>
    public static async Task<IReadOnlyDictionary<long, string>> WithheldAsync(
        IReadOnlyCollection<ExceptionFlag> flags, ClaimsPrincipal user, IAppStore appStore, IAnalyticStore warehouse, CancellationToken ct)
    {
        var about = flags.Where(f => f.Finding.IndicatorId.Length > 0).ToList();
        if (DisclosureControl.For(user) is not { } rule || about.Count == 0)
        {
            return new Dictionary<long, string>();
        }

        var indicators = (await appStore.GetIndicatorsAsync(ct)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var figures = await warehouse.QueryAsync(
            new ObservationQuery
            {
                IndicatorIds = [.. about.Select(f => f.Finding.IndicatorId).Distinct(StringComparer.Ordinal)],
                AreaCodes = [.. about.Select(f => f.Finding.AreaCode).Distinct(StringComparer.Ordinal)],
                PeriodKeys = [.. about.Select(f => f.Finding.PeriodKey).Distinct(StringComparer.Ordinal)],
            },
            ct);
        var withheld = figures
            .Where(o => indicators.TryGetValue(o.IndicatorId, out var indicator) && FigureDisclosure.Reason(o, indicator, rule) is not null)
            .Select(o => (o.IndicatorId, o.AreaCode, o.PeriodKey))
            .ToHashSet();
        return about
            .Where(f => withheld.Contains((f.Finding.IndicatorId, f.Finding.AreaCode, f.Finding.PeriodKey)))
            .ToDictionary(f => f.Id, _ => rule.RateReason);
    }
}
