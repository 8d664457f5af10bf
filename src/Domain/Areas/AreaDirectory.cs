using System.Diagnostics.CodeAnalysis;

namespace Safeguarding.Analytics.Domain.Areas;

/// <summary>
/// England, its regions and local authorities, found by current ONS code, former ONS code or DfE code, with each
/// authority's statistical neighbours.
/// </summary>
public sealed class AreaDirectory
{
    private readonly Dictionary<string, Area> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<string, StatisticalNeighbour> _neighbours;

    public AreaDirectory(IEnumerable<Area> areas, IEnumerable<StatisticalNeighbour> neighbours)
    {
        All = [.. areas];
        foreach (var area in All)
        {
            foreach (var code in new[] { area.Code, area.DfeCode }.Concat(area.FormerCodes).OfType<string>())
            {
                if (!_byCode.TryAdd(code, area))
                {
                    throw new InvalidDataException($"Area code '{code}' is used by both {_byCode[code].Name} and {area.Name}.");
                }
            }
        }

        foreach (var area in All.Where(a => a.RegionCode is not null && !IsRegion(a.RegionCode)))
        {
            throw new InvalidDataException($"{area.Name} ({area.Code}) names region '{area.RegionCode}', which is not a region.");
        }

        foreach (var area in All.Where(a => a.SubRegionCode is not null && !IsSubRegion(a.SubRegionCode)))
        {
            throw new InvalidDataException($"{area.Name} ({area.Code}) names sub-region '{area.SubRegionCode}', which is not a sub-region.");
        }

        LocalAuthorities = [.. All.Where(a => a.Kind == AreaKind.LocalAuthority && a.IsCurrent)];
        Regions = [.. All.Where(a => a.Kind == AreaKind.Region)];
        SubRegions = [.. All.Where(a => a.Kind == AreaKind.SubRegion)];
        England = All.SingleOrDefault(a => a.Kind == AreaKind.Country)
            ?? throw new InvalidDataException("The area list must hold exactly one country (England).");
        _neighbours = neighbours.OrderBy(n => n.Rank).ToLookup(n => n.AreaCode, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Area> All { get; }

    /// <summary>Local authorities that exist today (abolished ones are in <see cref="All"/>).</summary>
    public IReadOnlyList<Area> LocalAuthorities { get; }

    public IReadOnlyList<Area> Regions { get; }

    /// <summary>Parts of a region that are published as areas of their own: Inner and Outer London.</summary>
    public IReadOnlyList<Area> SubRegions { get; }

    public Area England { get; }

    /// <summary>The area with this current ONS code, former ONS code or DfE code; null when there is none.</summary>
    public Area? Find(string code) => TryResolve(code, out var area) ? area : null;

    public bool TryResolve([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Area? area)
    {
        area = null;
        return code is not null && _byCode.TryGetValue(code.Trim(), out area);
    }

    /// <inheritdoc cref="Find"/>
    /// <exception cref="KeyNotFoundException">No area has this code.</exception>
    public Area Resolve(string code) =>
        TryResolve(code, out var area)
            ? area
            : throw new KeyNotFoundException($"'{code}' is not the ONS or DfE code of any area in the area list.");

    /// <summary>The authority's statistical neighbours, nearest first; empty for areas outside the DfE model.</summary>
    public IReadOnlyList<StatisticalNeighbour> Neighbours(string areaCode) => [.. _neighbours[Resolve(areaCode).Code]];

    /// <summary>The region of a local authority or sub-region; null for regions and England.</summary>
    public Area? RegionOf(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return area.RegionCode is null ? null : Resolve(area.RegionCode);
    }

    private bool IsSubRegion(string code) => _byCode.TryGetValue(code, out var area) && area.Kind == AreaKind.SubRegion;

    private bool IsRegion(string code) => _byCode.TryGetValue(code, out var region) && region.Kind == AreaKind.Region;
}
