using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Safeguarding.Analytics.Benchmarks.Storage;
using Safeguarding.Analytics.Ingest.Loading;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Benchmarks.Ingest;

/// <summary>
/// End-to-end ingest of a 1,000,000-row return CSV into ClickHouse — read, validate every rule, insert and commit —
/// beside <c>clickhouse-client</c> loading the same file with <c>INSERT ... FORMAT CSVWithNames</c>, in one run.
/// </summary>
[InProcessJob(monitoring: true)]
[WarmupCount(2)]
[IterationCount(10)] // ten loads a side: the ratio's error bar is what the target is read against
[MemoryDiagnoser]
public class ReturnIngestBenchmarks
{
    private readonly string folder = Directory.CreateTempSubdirectory("sga-bench-ingest-").FullName;
    private BenchmarkReturn? file;
    private ClickHouseAnalyticStore? store;

    [GlobalSetup]
    public void WriteFile() => file = BenchmarkReturn.Write(folder);

    [GlobalCleanup]
    public void DeleteFile() => Directory.Delete(folder, recursive: true);

    [IterationSetup]
    public void NewClickHouse()
    {
        store = BenchmarkStores.NewClickHouse();
        store.ExecuteAsync(
            $"""
            CREATE TABLE {store.DatabaseIdentifier}.raw_return
            (indicator_id String, area_code String, period String, value Nullable(Float64), numerator Nullable(Float64),
             denominator Nullable(Float64), status String, note String)
            ENGINE = MergeTree() ORDER BY (indicator_id, area_code, period)
            """).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropClickHouse() => BenchmarkStores.Drop(store);

    [Benchmark(Baseline = true)]
    public void RawClientCsvInsert()
    {
        var connection = BenchmarkStores.ClickHouseEndpoint;
        var start = new ProcessStartInfo("clickhouse-client") { RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--host", connection.Host, "--port", connection.NativePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--query", $"INSERT INTO {store!.DatabaseIdentifier}.raw_return FORMAT CSVWithNames" })
        {
            start.ArgumentList.Add(argument);
        }

        using var client = Process.Start(start)!;
        using (var input = File.OpenRead(file!.Path))
        {
            input.CopyTo(client.StandardInput.BaseStream);
        }

        client.StandardInput.Close();
        var errors = client.StandardError.ReadToEnd();
        client.WaitForExit();
        if (client.ExitCode != 0)
        {
            throw new InvalidOperationException($"clickhouse-client failed: {errors}");
        }
    }

    /// <summary>
    /// What the return job does once it knows the agency and quarter: rows are read, checked and loaded in one pass,
    /// and the load is committed only when the whole file has passed.
    /// </summary>
    [Benchmark]
    public async Task<LoadRecord> ServiceIngestReturn()
    {
        var limits = new ReturnLimits { MaxBytes = 1L << 30, MaxRows = BenchmarkReturn.Rows };
        await using var input = File.OpenRead(file!.Path);
        var validator = new QuarterlyReturnValidator(file.Reference);
        ValidatedReturn? validated = null;
        var rows = RowsWhileValidating.Of(
            accepted => validator.ReadAndValidate(Path.GetFileName(file.Path), input, file.Agency, Period.Parse(BenchmarkReturn.Quarter), null, limits, accepted),
            row => row,
            result => validated = result);
        var landed = await store!.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "benchmark", "1M-row return", rows));
        if (validated?.Lines.Count != BenchmarkReturn.Rows || landed.RowCount != BenchmarkReturn.Rows)
        {
            throw new InvalidOperationException($"The benchmark return should load whole: {landed.RowCount} rows landed.");
        }

        return landed;
    }
}
