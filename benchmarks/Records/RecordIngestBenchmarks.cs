using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Safeguarding.Analytics.Benchmarks.Storage;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Benchmarks.Records;

/// <summary>
/// One year's domestic abuse incidents file of the scale data (the last, about a tenth of the whole) loaded into a
/// fresh ClickHouse database: by <c>clickhouse-client</c> with <c>INSERT ... FORMAT CSVWithNames</c> into a plain table
/// of the same columns and sort key, beside the service's record ingest — every cell read and checked, the rows sent as
/// Native blocks, the incident ids checked against themselves and the store, the load committed.
/// </summary>
[InProcessJob(monitoring: true)]
[WarmupCount(1)]
[IterationCount(5)]
[MemoryDiagnoser]
public class RecordIngestBenchmarks : IDisposable
{
    private string file = string.Empty;
    private ClickHouseAnalyticStore? database;
    private ClickHouseRecordStore? store;
    private RecordFileReader? reader;

    [GlobalSetup]
    public void PickFile()
    {
        file = ScaleRecordFiles.Incidents[^1];
        reader = ScaleRecordFiles.Reader();
        Console.WriteLine($"// {Path.GetFileName(file)}: {new FileInfo(file).Length:N0} bytes");
    }

    [IterationSetup]
    public void NewDatabase()
    {
        database = BenchmarkStores.NewClickHouse();
        store = new ClickHouseRecordStore(new ClickHouseAnalyticStoreOptions(BenchmarkStores.ClickHouseConnectionString, database.DatabaseIdentifier.Trim('`')));
        store.InstallSchemaAsync().GetAwaiter().GetResult();
        database.ExecuteAsync(
            $"""
            CREATE TABLE {database.DatabaseIdentifier}.raw_incidents
            (incident_id String, victim_id String, perpetrator_id String, incident_date Date, area_code String,
             risk_level String, marac_referral UInt8)
            ENGINE = MergeTree() ORDER BY (marac_referral, victim_id, incident_date)
            """).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        store?.Dispose();
        store = null;
        BenchmarkStores.Drop(database);
        database = null;
    }

    public void Dispose()
    {
        DropDatabase();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public void RawClientCsvInsert()
    {
        var (host, port) = BenchmarkStores.ClickHouseEndpoint;
        var start = new ProcessStartInfo("clickhouse-client") { RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--host", host, "--port", port.ToString(CultureInfo.InvariantCulture),
                     "--query", $"INSERT INTO {database!.DatabaseIdentifier}.raw_incidents FORMAT CSVWithNames" })
        {
            start.ArgumentList.Add(argument);
        }

        using var client = Process.Start(start)!;
        var errors = client.StandardError.ReadToEndAsync();
        using (var input = File.OpenRead(file))
        {
            input.CopyTo(client.StandardInput.BaseStream);
        }

        client.StandardInput.Close();
        client.WaitForExit();
        if (client.ExitCode != 0)
        {
            throw new InvalidOperationException($"clickhouse-client failed: {errors.Result}");
        }
    }

    [Benchmark]
    public async Task<LoadRecord> ServiceRecordIngest()
    {
        var name = Path.GetFileName(file);
        await using var input = File.OpenRead(file);
        return await store!.AppendIncidentsAsync(
            new RecordLoad<DomesticAbuseIncident>(ObservationLoad.NewId(), "records", name, reader!.ReadIncidents(name, input)));
    }
}
