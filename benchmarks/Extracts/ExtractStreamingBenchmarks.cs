using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Safeguarding.Analytics.Benchmarks.Storage;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Benchmarks.Extracts;

/// <summary>
/// A deep-dive extract of 1,000,000 and 5,000,000 rows streamed from the warehouse into a CSV or XLSX file on disk,
/// with disclosure control on every row. Memory must not grow with the extract: besides time and allocation, each
/// run's peak working set and managed heap are sampled while it writes.
/// </summary>
[InProcessJob(monitoring: true, timeoutMinutes: 20)]
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class ExtractStreamingBenchmarks
{
    private DuckDbAnalyticStore? duckDb;
    private string? duckDbDirectory;
    private ClickHouseAnalyticStore? clickHouse;
    private ExtractHeader? header;
    private ObservationQuery? query;
    private string? outputDirectory;

    [Params(1_000_000, 5_000_000)]
    public int Rows { get; set; }

    [GlobalSetup(Targets = [nameof(DuckDbToCsv), nameof(DuckDbToXlsx)])]
    public void SeedDuckDb()
    {
        (duckDb, duckDbDirectory) = BenchmarkStores.NewDuckDb();
        ExtractBenchmarkData.Seed(duckDb, Rows);
        Prepare();
    }

    [GlobalSetup(Targets = [nameof(ClickHouseToCsv), nameof(ClickHouseToXlsx)])]
    public void SeedClickHouse()
    {
        clickHouse = BenchmarkStores.NewClickHouse();
        ExtractBenchmarkData.Seed(clickHouse, Rows);
        Prepare();
    }

    [GlobalCleanup]
    public void Drop()
    {
        BenchmarkStores.Drop(duckDb, duckDbDirectory);
        BenchmarkStores.Drop(clickHouse);
        (duckDb, duckDbDirectory, clickHouse) = (null, null, null);
        if (outputDirectory is not null && Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }
    }

    /// <summary>Each run starts from a collected heap, so that its peak is its own.</summary>
    [IterationSetup]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls setups on the benchmark's instance.")]
    public void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark]
    public Task<ExtractFileSummary> DuckDbToCsv() => ExtractAsync(duckDb!, ExtractFormat.Csv);

    [Benchmark]
    public Task<ExtractFileSummary> DuckDbToXlsx() => ExtractAsync(duckDb!, ExtractFormat.Xlsx);

    [Benchmark]
    public Task<ExtractFileSummary> ClickHouseToCsv() => ExtractAsync(clickHouse!, ExtractFormat.Csv);

    [Benchmark]
    public Task<ExtractFileSummary> ClickHouseToXlsx() => ExtractAsync(clickHouse!, ExtractFormat.Xlsx);

    private void Prepare()
    {
        header = ExtractBenchmarkData.Header(Rows);
        query = ExtractBenchmarkData.Query(Rows);
        outputDirectory = Path.Combine(Path.GetTempPath(), "sga-bench-extract-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outputDirectory);
        GC.Collect();
    }

    private async Task<ExtractFileSummary> ExtractAsync(IAnalyticStore store, ExtractFormat format, [CallerMemberName] string method = "")
    {
        var path = Path.Combine(outputDirectory!, method + (format == ExtractFormat.Csv ? ".csv" : ".xlsx"));
        using var sampler = PeakMemorySampler.Start();
        ExtractFileSummary summary;
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            summary = await ExtractFileWriter.WriteAsync(file, format, header!, store.StreamAsync(query!)).ConfigureAwait(false);
        }

        var memory = sampler.Stop();
        if (summary.Rows != Rows)
        {
            // An extract that silently wrote fewer rows would measure nothing.
            throw new InvalidOperationException($"The extract wrote {summary.Rows} rows, not {Rows}.");
        }

        ExtractMemoryResults.Record(method, Rows, memory, new FileInfo(path).Length);
        File.Delete(path);
        return summary;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(ExtractMemoryResults.Columns);
    }
}
