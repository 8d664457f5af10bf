using BenchmarkDotNet.Attributes;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Benchmarks.Storage;

/// <summary>
/// The dashboard's series read from a 1,000,000-row store: one indicator, an area and its 10 statistical neighbours,
/// 10 years of quarters (440 rows), latest versions.
/// </summary>
[InProcessJob(monitoring: false)]
[MemoryDiagnoser]
public class SeriesReadBenchmarks
{
    private readonly ObservationQuery series = ObservationQuery.Series(
        BenchmarkObservations.Indicator(42),
        [.. Enumerable.Range(0, 11).Select(a => BenchmarkObservations.Area(a * 9))],
        BenchmarkObservations.FirstQuarter,
        BenchmarkObservations.LastQuarter);

    private DuckDbAnalyticStore? duckDb;
    private string? duckDbDirectory;
    private ClickHouseAnalyticStore? clickHouse;

    [GlobalSetup]
    public void LoadMillion()
    {
        var rows = BenchmarkObservations.Million();
        (duckDb, duckDbDirectory) = BenchmarkStores.NewDuckDb();
        clickHouse = BenchmarkStores.NewClickHouse();
        duckDb.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "benchmark", "1M rows", rows)).GetAwaiter().GetResult();
        clickHouse.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "benchmark", "1M rows", rows)).GetAwaiter().GetResult();

        // A read that silently matched nothing would measure nothing.
        foreach (var read in new[] { DuckDbSeriesRead(), ClickHouseSeriesRead() })
        {
            var count = read.GetAwaiter().GetResult().Count;
            if (count != 440)
            {
                throw new InvalidOperationException($"The series read returned {count} rows, not 440.");
            }
        }
    }

    [GlobalCleanup]
    public void Drop()
    {
        BenchmarkStores.Drop(duckDb, duckDbDirectory);
        BenchmarkStores.Drop(clickHouse);
    }

    [Benchmark]
    public Task<IReadOnlyList<Observation>> DuckDbSeriesRead() => duckDb!.QueryAsync(series);

    [Benchmark]
    public Task<IReadOnlyList<Observation>> ClickHouseSeriesRead() => clickHouse!.QueryAsync(series);
}
