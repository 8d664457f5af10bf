using Safeguarding.Analytics.Domain.Areas;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>The partnership's area (or any local authority a viewer picks) with the comparators the board reads it against.</summary>
public sealed record HomeArea(Area Area, IReadOnlyList<Area> Neighbours, Area Region, Area England)
{
    public IReadOnlyList<string> AllCodes =>
        [Area.Code, .. Neighbours.Select(n => n.Code), Region.Code, England.Code];

    /// <summary>A current local authority with its ten statistical neighbours, its region and England; null for any other area.</summary>
    public static HomeArea? Of(AreaDirectory areas, string code)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Find(code) is not { Kind: AreaKind.LocalAuthority, IsCurrent: true } area || areas.RegionOf(area) is not { } region)
        {
            return null;
        }

        var neighbours = areas.Neighbours(area.Code).OrderBy(n => n.Rank).Select(n => areas.Resolve(n.NeighbourCode)).ToList();
        return new HomeArea(area, neighbours, region, areas.England);
    }
}
