using Safeguarding.Analytics.Benchmarks.Storage;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Benchmarks.Extracts;

/// <summary>
/// The extract the benchmarks write: every synthetic indicator (rates per 10,000, 4,000 rows each: 100 areas × 40
/// quarters), all areas, all quarters — so 1,000,000 rows are 250 indicators and 5,000,000 are 1,250.
/// </summary>
internal static class ExtractBenchmarkData
{
    public const int RowsPerIndicator = BenchmarkObservations.Areas * 40;

    public static int IndicatorsFor(int rows) => rows / RowsPerIndicator;

    /// <summary>Loads the rows into the store as one load, made as they are sent.</summary>
    public static void Seed(IAnalyticStore store, int rows) =>
        store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "benchmark", $"{rows:N0} rows", BenchmarkObservations.Synthetic(IndicatorsFor(rows))))
            .GetAwaiter().GetResult();

    public static ObservationQuery Query(int rows) => new()
    {
        IndicatorIds = [.. Enumerable.Range(0, IndicatorsFor(rows)).Select(BenchmarkObservations.Indicator)],
        From = BenchmarkObservations.FirstQuarter,
        To = BenchmarkObservations.LastQuarter,
    };

    public static ExtractHeader Header(int rows) => new()
    {
        Title = "Benchmark extract",
        Theme = "Every synthetic indicator",
        Indicators = [.. Enumerable.Range(0, IndicatorsFor(rows)).Select(Indicator)],
        Areas = [.. Enumerable.Range(0, BenchmarkObservations.Areas).Select(Area)],
        From = BenchmarkObservations.FirstQuarter,
        To = BenchmarkObservations.LastQuarter,
        RunId = "benchmark",
        RequestedBy = "benchmark",
        GeneratedAtUtc = DateTime.UtcNow,
    };

    private static Indicator Indicator(int i) => new()
    {
        Id = BenchmarkObservations.Indicator(i),
        Name = $"Synthetic rate {i}",
        PriorityId = "benchmark",
        Domain = "Benchmark",
        LeadAgency = "benchmark",
        Unit = "per 10,000 children",
        Multiplier = 10_000,
        ValueType = IndicatorValueType.Rate,
        Polarity = Polarity.LowIsGood,
        Frequency = Frequency.Quarterly,
        Definition = "Numerator per 10,000 of the denominator.",
    };

    private static ExtractArea Area(int a) => new(
        new Area { Code = BenchmarkObservations.Area(a), Name = $"Area {a}", Kind = AreaKind.LocalAuthority },
        a == 0 ? "home" : "statistical neighbour");
}
