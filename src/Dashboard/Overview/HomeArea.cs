using Safeguarding.Analytics.Warehouse.Areas;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>The partnership's area with the comparators the board reads it against.</summary>
public sealed record HomeArea(Area Area, IReadOnlyList<Area> Neighbours, Area Region, Area England)
{
    public IReadOnlyList<string> AllCodes =>
        [Area.Code, .. Neighbours.Select(n => n.Code), Region.Code, England.Code];
}
