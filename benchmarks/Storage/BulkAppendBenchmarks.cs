using BenchmarkDotNet.Attributes;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Benchmarks.Storage;

/// <summary>One load of 1,000,000 observations into an empty store, rows and commit.</summary>
[InProcessJob(monitoring: true)]
[MemoryDiagnoser]
public class BulkAppendBenchmarks
{
    private Observation[] rows = [];
    private DuckDbAnalyticStore? duckDb;
    private string? duckDbDirectory;
    private ClickHouseAnalyticStore? clickHouse;

    [GlobalSetup]
    public void BuildRows() => rows = BenchmarkObservations.Million();

    [IterationSetup(Target = nameof(DuckDbAppendMillion))]
    public void NewDuckDb() => (duckDb, duckDbDirectory) = BenchmarkStores.NewDuckDb();

    [IterationCleanup(Target = nameof(DuckDbAppendMillion))]
    public void DropDuckDb() => BenchmarkStores.Drop(duckDb, duckDbDirectory);

    [IterationSetup(Target = nameof(ClickHouseAppendMillion))]
    public void NewClickHouse() => clickHouse = BenchmarkStores.NewClickHouse();

    [IterationCleanup(Target = nameof(ClickHouseAppendMillion))]
    public void DropClickHouse() => BenchmarkStores.Drop(clickHouse);

    [Benchmark]
    public Task<LoadRecord> DuckDbAppendMillion() => duckDb!.AppendAsync(Load());

    [Benchmark]
    public Task<LoadRecord> ClickHouseAppendMillion() => clickHouse!.AppendAsync(Load());

    private ObservationLoad Load() => new(ObservationLoad.NewId(), "benchmark", "1M rows", rows);
}
