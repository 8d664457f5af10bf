using System.Globalization;
using CsvHelper;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.Periods;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

/// <summary>The real catalogue, Herefordshire's LAIT values and the demo files, read with small test-only parsers.</summary>
internal static class DemoTestData
{
    public const string Herefordshire = "E06000019";

    private static readonly Lazy<IReadOnlyList<Indicator>> LazyCatalogue = new(ReadCatalogue);
    private static readonly Lazy<Dictionary<(string, string), double>> LazyLevels = new(ReadHerefordshireLevels);
    private static readonly Lazy<IReadOnlyList<Observation>> LazyReturns = new(() => DemoReturnsGenerator.Generate(Inputs()));

    public static IReadOnlyList<Indicator> Catalogue => LazyCatalogue.Value;

    public static IReadOnlyList<Indicator> Quarterly => [.. Catalogue.Where(i => i.Frequency == Frequency.Quarterly)];

    /// <summary>Herefordshire's published values keyed by (indicator id, period key), as the host fills them.</summary>
    public static IReadOnlyDictionary<(string IndicatorId, string PeriodKey), double> HerefordshireLevels => LazyLevels.Value;

    public static IReadOnlyList<Observation> Returns => LazyReturns.Value;

    public static IReadOnlyList<PlantedEvent> Events => PlantedEventsFile.Read(PathOf("demo", "planted_events.csv"));

    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    public static DemoInputs Inputs() => new()
    {
        Indicators = Catalogue,
        AreaCode = Herefordshire,
        AnnualLevels = HerefordshireLevels,
        Population = DemoPopulation.Read(PathOf("comparators", "dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv"), Herefordshire),
        Baselines = LocalBaselinesFile.Read(PathOf("demo", "local_baselines.csv")),
        Events = Events,
    };

    public static Indicator Indicator(string id) => Catalogue.Single(i => i.Id == id);

    /// <summary>One indicator's observations, oldest first.</summary>
    public static List<Observation> Series(string indicatorId) =>
        [.. Returns.Where(o => o.IndicatorId == indicatorId).OrderBy(o => Period.Parse(o.PeriodKey))];

    public static double ValueIn(string indicatorId, string periodKey) =>
        Returns.Single(o => o.IndicatorId == indicatorId && o.PeriodKey == periodKey).Value!.Value;

    private static List<IReadOnlyDictionary<string, string>> ReadRows(string path)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var header = csv.Headers;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(c => c.name, c => c.value));
        }

        return rows;
    }

    private static IReadOnlyList<Indicator> ReadCatalogue() =>
    [
        .. ReadRows(PathOf("reference", "indicators.csv")).Select(r => new Indicator
        {
            Id = r["id"],
            Name = r["name"],
            PriorityId = r["priority_id"],
            Domain = r["domain"],
            LeadAgency = r["lead_agency"],
            Unit = r["unit"],
            Multiplier = int.Parse(r["multiplier"], CultureInfo.InvariantCulture),
            ValueType = Enum.Parse<IndicatorValueType>(r["value_type"]),
            Polarity = Enum.Parse<Polarity>(r["polarity"]),
            Frequency = Enum.Parse<Frequency>(r["frequency"]),
            ComparatorSource = NullIfEmpty(r["comparator_source"]),
            ComparatorMeasure = NullIfEmpty(r["comparator_measure"]),
            ComparatorYearType = r["comparator_year_type"] is { Length: > 0 } type ? Enum.Parse<ComparatorYearType>(type) : null,
            Definition = r["definition"],
        }),
    ];

    private static Dictionary<(string, string), double> ReadHerefordshireLevels()
    {
        var byMeasure = Catalogue.Where(i => i.ComparatorMeasure is not null).ToLookup(i => i.ComparatorMeasure!);
        var levels = new Dictionary<(string, string), double>();
        foreach (var row in ReadRows(PathOf("comparators", "lait_safeguarding_indicators_long.csv")))
        {
            if (row["la_number"] != "884" || row["value"].Length == 0)
            {
                continue;
            }

            foreach (var indicator in byMeasure[row["measure_short"]])
            {
                var year = int.Parse(row["time_period"], CultureInfo.InvariantCulture);
                var period = indicator.ComparatorYearType switch
                {
                    ComparatorYearType.CalendarYear => Period.CalendarYear(year),
                    ComparatorYearType.SeptemberSnapshot => Period.FinancialYear(year),
                    _ => Period.FinancialYear(year - 1),
                };
                levels[(indicator.Id, period.Key)] = double.Parse(row["value"], CultureInfo.InvariantCulture);
            }
        }

        return levels;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
