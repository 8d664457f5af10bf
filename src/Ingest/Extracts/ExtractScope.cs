using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Extracts;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// What one run of an extract covers, worked out on the day it runs: the indicators (named, or every indicator of the
/// priorities named, as the catalogue stands), the areas with the part each plays, and the periods.
/// </summary>
public sealed record ExtractScope(IReadOnlyList<Indicator> Indicators, IReadOnlyList<ExtractArea> Areas, Period From, Period To)
{
    public ObservationQuery Query => new()
    {
        IndicatorIds = [.. Indicators.Select(i => i.Id)],
        AreaCodes = [.. Areas.Select(a => a.Area.Code)],
        From = From,
        To = To,
    };

    /// <exception cref="ExtractScopeException">The extract no longer fits the catalogue or the area list; the message says how.</exception>
    public static ExtractScope Of(ExtractDefinition extract, IReadOnlyList<Indicator> catalogue, AreaDirectory areas, string homeAreaCode, DateOnly runDate)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(areas);
        var indicators = extract.IndicatorIds.Count > 0
            ? extract.IndicatorIds.Select(id => catalogue.FirstOrDefault(i => i.Id == id)
                ?? throw new ExtractScopeException($"Indicator {id} is no longer in the catalogue; edit the extract's indicators.")).ToList()
            : catalogue.Where(i => extract.PriorityIds.Contains(i.PriorityId)).ToList();
        if (indicators.Count == 0)
        {
            throw new ExtractScopeException($"The board priorities {string.Join(", ", extract.PriorityIds)} have no indicators in the catalogue, so there is nothing to extract.");
        }

        var (from, to) = PeriodsOf(extract.Periods, runDate);
        return new ExtractScope(indicators, AreasOf(extract.AreaRoles, areas, homeAreaCode), from, to);
    }

    /// <summary>Fixed keys as they are; "the last N quarters" ends with the last quarter complete before the run.</summary>
    public static (Period From, Period To) PeriodsOf(ExtractPeriodRange periods, DateOnly runDate)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.LastQuarters is { } quarters)
        {
            var to = Period.QuarterContaining(runDate).Previous();
            var from = to;
            for (var i = 1; i < quarters; i++)
            {
                from = from.Previous();
            }

            return (from, to);
        }

        return (Period.Parse(periods.From!), Period.Parse(periods.To!));
    }

    private static List<ExtractArea> AreasOf(IReadOnlyList<string> roles, AreaDirectory areas, string homeAreaCode)
    {
        var home = areas.Find(homeAreaCode) ?? throw new ExtractScopeException($"Board:HomeAreaCode '{homeAreaCode}' is not in the area list.");
        var result = new List<ExtractArea>();
        foreach (var role in roles)
        {
            switch (role)
            {
                case ExtractAreaRoles.Home:
                    result.Add(new ExtractArea(home, "Home"));
                    break;
                case ExtractAreaRoles.Neighbours:
                    result.AddRange(areas.Neighbours(home.Code).OrderBy(n => n.Rank)
                        .Select(n => new ExtractArea(areas.Resolve(n.NeighbourCode), "Statistical neighbour")));
                    break;
                case ExtractAreaRoles.Region:
                    var region = areas.RegionOf(home) ?? throw new ExtractScopeException($"{home.Name} has no region in the area list.");
                    result.Add(new ExtractArea(region, "Region"));
                    break;
                case ExtractAreaRoles.England:
                    result.Add(new ExtractArea(areas.England, "England"));
                    break;
                default:
                    throw new ExtractScopeException($"Area role '{role}' is not one of {string.Join(", ", ExtractAreaRoles.All)}.");
            }
        }

        return result;
    }
}
