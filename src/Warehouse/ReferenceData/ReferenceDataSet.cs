using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>The areas, board priorities, indicator catalogue and partner agencies, read once at start and shared.</summary>
public sealed class ReferenceDataSet
{
    private readonly Dictionary<string, Indicator> _indicators;

    public ReferenceDataSet(
        AreaDirectory areas, IReadOnlyList<BoardPriority> priorities, IReadOnlyList<Indicator> indicators, IReadOnlyList<Agency> agencies)
    {
        Areas = areas;
        Priorities = priorities;
        Indicators = indicators;
        Agencies = agencies;
        _indicators = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public AreaDirectory Areas { get; }

    /// <summary>In the board's order.</summary>
    public IReadOnlyList<BoardPriority> Priorities { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The partner agencies that send quarterly returns.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The agency with this id or name (case-insensitive), or null.</summary>
    public Agency? FindAgency(string? idOrName) =>
        string.IsNullOrWhiteSpace(idOrName)
            ? null
            : Agencies.FirstOrDefault(a =>
                string.Equals(a.Id, idOrName.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <exception cref="KeyNotFoundException">The catalogue has no such indicator.</exception>
    public Indicator Indicator(string id) =>
        _indicators.TryGetValue(id, out var indicator)
            ? indicator
            : throw new KeyNotFoundException($"'{id}' is not an indicator in {CatalogueFile.IndicatorsFileName}.");

    public static ReferenceDataSet Load(ReferenceDataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var areas = AreasFile.LoadDirectory(
            folder.ReferenceFile(AreasFile.AreasFileName), folder.ComparatorFile(AreasFile.NeighboursFileName));
        var priorities = CatalogueFile.ReadPriorities(folder.ReferenceFile(CatalogueFile.PrioritiesFileName));
        var indicators = CatalogueFile.ReadIndicators(folder.ReferenceFile(CatalogueFile.IndicatorsFileName), priorities);
        var agencies = AgenciesFile.Read(folder.ReferenceFile(AgenciesFile.FileName), indicators);
        return new ReferenceDataSet(areas, priorities, indicators, agencies);
    }
}
