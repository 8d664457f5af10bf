using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>The demo's inputs as the project ships them: the catalogue, the home area's published levels and <c>data/demo</c>.</summary>
public static class DemoInputsFolder
{
    public const string EventsFile = "planted_events.csv";
    public const string BaselinesFile = "local_baselines.csv";
    public const string PopulationFile = "dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv";

    public static string DemoFile(this ReferenceDataFolder folder, string fileName)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Path.Combine(folder.Root, "demo", fileName);
    }

    /// <summary>Inputs for the home area, its annual levels taken from the published comparator observations.</summary>
    public static DemoInputs Read(ReferenceDataSet referenceData, ReferenceDataFolder folder, string homeAreaCode, IEnumerable<Observation> comparators)
    {
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(folder);
        var home = referenceData.Areas.Resolve(homeAreaCode);
        return new DemoInputs
        {
            Indicators = referenceData.Indicators,
            AreaCode = home.Code,
            AnnualLevels = comparators
                .Where(o => o.AreaCode == home.Code && o.Value is not null)
                .ToDictionary(o => (o.IndicatorId, o.PeriodKey), o => o.Value!.Value),
            Population = DemoPopulation.Read(folder.ComparatorFile(PopulationFile), home.Code),
            Baselines = LocalBaselinesFile.Read(folder.DemoFile(BaselinesFile)),
            Events = PlantedEventsFile.Read(folder.DemoFile(EventsFile)),
        };
    }
}
