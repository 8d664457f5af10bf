using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

/// <summary>The real catalogue, Herefordshire's LAIT values and the demo files, read by the same code the host uses.</summary>
internal static class DemoTestData
{
    public const string Herefordshire = "E06000019";

    private static readonly Lazy<ReferenceDataSet> LazyReference = new(() => ReferenceDataSet.Load(ReferenceDataFolder.Locate()));
    private static readonly Lazy<DemoInputs> LazyInputs = new(() => DemoInputsFolder.Read(
        LazyReference.Value,
        ReferenceDataFolder.Locate(),
        Herefordshire,
        new LaitComparatorReader(LazyReference.Value).ReadChecked(PathOf("comparators", LaitComparatorReader.FileName))));
    private static readonly Lazy<IReadOnlyList<Observation>> LazyReturns = new(() => DemoReturnsGenerator.Generate(Inputs()));
    private static readonly Lazy<IReadOnlyList<Observation>> LazyFirstSent = new(() => DemoReturnsGenerator.AsFirstSent(Inputs()));

    public static ReferenceDataSet Reference => LazyReference.Value;

    public static IReadOnlyList<Indicator> Catalogue => LazyReference.Value.Indicators;

    public static IReadOnlyList<Indicator> Quarterly => [.. Catalogue.Where(i => i.Frequency == Frequency.Quarterly)];

    /// <summary>Herefordshire's published values keyed by (indicator id, period key), as the host fills them.</summary>
    public static IReadOnlyDictionary<(string IndicatorId, string PeriodKey), double> HerefordshireLevels => LazyInputs.Value.AnnualLevels;

    /// <summary>The figures as stored once every return was accepted.</summary>
    public static IReadOnlyList<Observation> Returns => LazyReturns.Value;

    /// <summary>The figures as the agencies first sent them, planted slips and all.</summary>
    public static IReadOnlyList<Observation> FirstSent => LazyFirstSent.Value;

    public static IReadOnlyList<PlantedEvent> Events => LazyInputs.Value.Events;

    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>The inputs exactly as the host builds them for Herefordshire.</summary>
    public static DemoInputs Inputs() => LazyInputs.Value;

    public static Indicator Indicator(string id) => Catalogue.Single(i => i.Id == id);

    /// <summary>One indicator's observations, oldest first.</summary>
    public static List<Observation> Series(string indicatorId) =>
        [.. Returns.Where(o => o.IndicatorId == indicatorId).OrderBy(o => Period.Parse(o.PeriodKey))];

    public static double ValueIn(string indicatorId, string periodKey) =>
        Returns.Single(o => o.IndicatorId == indicatorId && o.PeriodKey == periodKey).Value!.Value;
}
