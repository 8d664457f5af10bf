using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Benchmarks.Records;

/// <summary>
/// The scale data: the folder of record feed files that <c>generate-records</c> wrote (named by
/// <c>SGA_SCALE_RECORDS</c>), read through the service's own record feed readers.
/// </summary>
internal static class ScaleRecordFiles
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("SGA_SCALE_RECORDS") is { Length: > 0 } folder && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException(
                "Set SGA_SCALE_RECORDS to a folder written by `dotnet run -c Release --project benchmarks -- generate-records --out DIR`.");

    public static IReadOnlyList<string> Incidents => Files("incidents_*.csv");

    public static IReadOnlyList<string> Outcomes => Files("outcomes_*.csv");

    public static string Population => Path.Combine(Folder, "child_population.csv");

    public static RecordFileReader Reader()
    {
        var areas = ReferenceDataSet.Load(ReferenceDataFolder.Locate()).Areas;
        return new RecordFileReader(new LocalAuthorityCodes(areas), TimeProvider.System);
    }

    /// <summary>Loads every file the store does not hold yet (by the file's hash, as the record job keys it), population first.</summary>
    public static async Task LoadMissingAsync(IRecordStore store)
    {
        var reader = Reader();
        foreach (var path in new[] { Population }.Concat(Outcomes).Concat(Incidents))
        {
            var key = await LoadRecordFileJob.SubmissionKeyAsync(path, CancellationToken.None);
            if (await store.FindLoadBySubmissionKeyAsync(key) is not null)
            {
                continue;
            }

            var name = Path.GetFileName(path);
            await using var stream = File.OpenRead(path);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var load = name.StartsWith("incidents_", StringComparison.Ordinal)
                ? await store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(Guid.NewGuid().ToString("N"), "records", name, reader.ReadIncidents(name, stream)) { SubmissionKey = key })
                : name.StartsWith("outcomes_", StringComparison.Ordinal)
                    ? await store.AppendOutcomesAsync(new RecordLoad<YouthJusticeOutcome>(Guid.NewGuid().ToString("N"), "records", name, reader.ReadOutcomes(name, stream)) { SubmissionKey = key })
                    : await store.AppendPopulationAsync(new RecordLoad<ChildPopulation>(Guid.NewGuid().ToString("N"), "records", name, reader.ReadPopulation(name, stream)) { SubmissionKey = key });
            Console.WriteLine($"// {store.Engine}: {name} {load.RowCount:N0} rows in {started.Elapsed.TotalSeconds:N1} s");
        }
    }

    private static List<string> Files(string pattern) => [.. Directory.GetFiles(Folder, pattern).Order(StringComparer.Ordinal)];
}
