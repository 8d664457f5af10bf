using Safeguarding.Analytics.Warehouse.Areas;
using Safeguarding.Analytics.Warehouse.Catalogue;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>The areas, board priorities and indicator catalogue, read once at start and shared.</summary>
public sealed class ReferenceDataSet
{
    private readonly Dictionary<string, Indicator> _indicators;

    public ReferenceDataSet(AreaDirectory areas, IReadOnlyList<BoardPriority> priorities, IReadOnlyList<Indicator> indicators)
    {
        Areas = areas;
        Priorities = priorities;
        Indicators = indicators;
        _indicators = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public AreaDirectory Areas { get; }

    /// <summary>In the board's order.</summary>
    public IReadOnlyList<BoardPriority> Priorities { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <exception cref="KeyNotFoundException">The catalogue has no such indicator.</exception>
    public Indicator Indicator(string id) =>
        _indicators.TryGetValue(id, out var indicator)
            ? indicator
            : throw new KeyNotFoundException($"'{id}' is not an indicator in {CatalogueFile.IndicatorsFileName}.");

    public static ReferenceDataSet Load(ReferenceDataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var areas = AreaDirectory.Load(
            folder.ReferenceFile(AreasFile.AreasFileName), folder.ComparatorFile(AreasFile.NeighboursFileName));
        var priorities = CatalogueFile.ReadPriorities(folder.ReferenceFile(CatalogueFile.PrioritiesFileName));
        var indicators = CatalogueFile.ReadIndicators(folder.ReferenceFile(CatalogueFile.IndicatorsFileName), priorities);
        return new ReferenceDataSet(areas, priorities, indicators);
    }
}
