using BenchmarkDotNet.Attributes;
using Safeguarding.Analytics.Benchmarks.Storage;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Records.DuckDb;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Benchmarks.Records;

/// <summary>
/// The country-wide recompute of both derived indicators — <c>repeat_da_pct</c> and <c>fte_rate_per_100k</c> for every
/// local authority and quarter — over the whole scale data, side by side: ClickHouse, DuckDB and the plain C# reference.
/// The stores are loaded once from the scale files (kept between runs: ClickHouse database <c>sga_scale_records</c>,
/// DuckDB file <c>scale.duckdb</c> beside the files); before measuring, the three results are checked identical.
/// </summary>
[InProcessJob(monitoring: true, timeoutMinutes: 90)] // the first run loads the scale data into both stores
[WarmupCount(1)]
[IterationCount(5)]
[MemoryDiagnoser]
public class DerivedIndicatorBenchmarks : IDisposable
{
    private ClickHouseRecordStore? clickHouse;
    private DuckDbRecordStore? duckDb;
    private List<DomesticAbuseIncident> referrals = [];
    private List<YouthJusticeOutcome> outcomes = [];
    private List<ChildPopulation> population = [];

    [GlobalSetup]
    public void LoadScaleData()
    {
        clickHouse = new ClickHouseRecordStore(new ClickHouseAnalyticStoreOptions(BenchmarkStores.ClickHouseConnectionString, "sga_scale_records"));
        duckDb = new DuckDbRecordStore(new DuckDbAnalyticStoreOptions(Path.Combine(ScaleRecordFiles.Folder, "scale.duckdb")));
        foreach (var store in new IRecordStore[] { clickHouse, duckDb })
        {
            store.InstallSchemaAsync().GetAwaiter().GetResult();
            ScaleRecordFiles.LoadMissingAsync(store).GetAwaiter().GetResult();
        }

        ReadIntoMemory();
        var expected = CSharpReference();
        Check("ClickHouse", ClickHouse().GetAwaiter().GetResult(), expected);
        Check("DuckDB", DuckDb().GetAwaiter().GetResult(), expected);
        Console.WriteLine($"// identical on ClickHouse, DuckDB and the C# reference: {expected.Count:N0} area-quarter counts");
    }

    [GlobalCleanup]
    public void Close()
    {
        clickHouse?.Dispose();
        clickHouse = null;
        duckDb?.Dispose();
        duckDb = null;
    }

    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public async Task<IReadOnlyList<DerivedCount>> ClickHouse() =>
        [.. await clickHouse!.CountRepeatDomesticAbuseAsync(), .. await clickHouse.CountFirstTimeEntrantsAsync()];

    [Benchmark]
    public async Task<IReadOnlyList<DerivedCount>> DuckDb() =>
        [.. await duckDb!.CountRepeatDomesticAbuseAsync(), .. await duckDb.CountFirstTimeEntrantsAsync()];

    /// <summary>
    /// The reference over records already in memory. It is given the MARAC referrals only: the stores refuse an
    /// incident id sent twice, so the reference's "last one sent" rule has nothing to choose between, and the other
    /// 45 million incidents change no count (holding them would take tens of gigabytes).
    /// </summary>
    [Benchmark]
    public IReadOnlyList<DerivedCount> CSharpReference() =>
        [.. RecordIndicatorReference.RepeatDomesticAbuse(referrals), .. RecordIndicatorReference.FirstTimeEntrants(outcomes, population)];

    private void ReadIntoMemory()
    {
        var reader = ScaleRecordFiles.Reader();
        foreach (var path in ScaleRecordFiles.Incidents)
        {
            using var stream = File.OpenRead(path);
            referrals.AddRange(reader.ReadIncidents(Path.GetFileName(path), stream).Where(i => i.MaracReferral));
        }

        foreach (var path in ScaleRecordFiles.Outcomes)
        {
            using var stream = File.OpenRead(path);
            outcomes.AddRange(reader.ReadOutcomes(Path.GetFileName(path), stream));
        }

        using (var stream = File.OpenRead(ScaleRecordFiles.Population))
        {
            population = [.. reader.ReadPopulation("child_population.csv", stream)];
        }

        Console.WriteLine($"// in memory: {referrals.Count:N0} MARAC referrals, {outcomes.Count:N0} outcomes, {population.Count:N0} estimates");
    }

    private static void Check(string engine, IReadOnlyList<DerivedCount> actual, IReadOnlyList<DerivedCount> expected)
    {
        if (!actual.SequenceEqual(expected))
        {
            var first = actual.Zip(expected).Select((pair, i) => (pair, i)).FirstOrDefault(p => p.pair.First != p.pair.Second);
            throw new InvalidOperationException(
                $"{engine} differs from the C# reference: {actual.Count:N0} counts against {expected.Count:N0}; first difference at {first.i}: {first.pair.First} against {first.pair.Second}.");
        }
    }
}
