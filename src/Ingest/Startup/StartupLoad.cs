using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Startup;

/// <summary>
/// Before the host serves anything: migrates the app store, installs the warehouse schema and seeds the catalogue
/// (keeping analysts' edits). With <c>Board:LoadDemoData</c>, loads the LAIT comparators and the demo returns the
/// first time only: a load already committed is never loaded again.
/// </summary>
public sealed partial class StartupLoad(
    IAppStore appStore,
    IAnalyticStore warehouse,
    ReferenceDataSet referenceData,
    ReferenceDataFolder folder,
    BoardOptions board,
    ILogger<StartupLoad> logger) : IHostedService
{
    public const string DemoEventsFile = "planted_events.csv";
    public const string DemoBaselinesFile = "local_baselines.csv";
    public const string PopulationFile = "dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await appStore.MigrateAsync(cancellationToken);
        await warehouse.InstallSchemaAsync(cancellationToken);
        await appStore.SeedCatalogueAsync(referenceData.Priorities, referenceData.Indicators, cancellationToken);
        if (!board.LoadDemoData)
        {
            return;
        }

        var loaded = (await warehouse.GetLoadsAsync(cancellationToken)).Select(l => l.Source).ToHashSet(StringComparer.Ordinal);
        var comparators = new LaitComparatorReader(referenceData).ReadChecked(folder.ComparatorFile(LaitComparatorReader.FileName));
        if (!loaded.Contains(LaitComparatorReader.Source))
        {
            await LoadAsync(LaitComparatorReader.Source, $"DfE LAIT comparator file {LaitComparatorReader.FileName}", comparators, cancellationToken);
        }

        if (!loaded.Contains(DemoReturnsGenerator.Source))
        {
            var demo = DemoReturnsGenerator.Generate(DemoInputsFor(comparators));
            await LoadAsync(DemoReturnsGenerator.Source, $"Demo quarterly returns for {board.HomeAreaCode} (synthetic)", demo, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private DemoInputs DemoInputsFor(IReadOnlyList<Observation> comparators)
    {
        var home = referenceData.Areas.Resolve(board.HomeAreaCode);
        var demoFolder = Path.Combine(folder.Root, "demo");
        return new DemoInputs
        {
            Indicators = referenceData.Indicators,
            AreaCode = home.Code,
            AnnualLevels = comparators
                .Where(o => o.AreaCode == home.Code && o.Value is not null)
                .ToDictionary(o => (o.IndicatorId, o.PeriodKey), o => o.Value!.Value),
            Population = DemoPopulation.Read(folder.ComparatorFile(PopulationFile), home.Code),
            Baselines = LocalBaselinesFile.Read(Path.Combine(demoFolder, DemoBaselinesFile)),
            Events = PlantedEventsFile.Read(Path.Combine(demoFolder, DemoEventsFile)),
        };
    }

    private async Task LoadAsync(string source, string description, IReadOnlyList<Observation> observations, CancellationToken cancellationToken)
    {
        var load = await warehouse.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), source, description, observations), cancellationToken);
        LogLoaded(load.RowCount, description);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {RowCount} observations: {Description}")]
    private partial void LogLoaded(long rowCount, string description);
}
