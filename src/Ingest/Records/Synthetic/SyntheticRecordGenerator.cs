using System.Diagnostics;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Writes deterministic synthetic record feed files for every current English local authority, weighted by child
/// population: <c>incidents_YYYY-YY.csv</c> and <c>outcomes_YYYY-YY.csv</c> per financial year and
/// <c>child_population.csv</c>. The same options give byte-identical files.
/// </summary>
public static class SyntheticRecordGenerator
{
    public static SyntheticRecordFiles Write(string folder, SyntheticRecordOptions options, ReferenceDataFolder referenceData, AreaDirectory areas)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Years < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "At least one financial year is needed.");
        }

        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var local = SyntheticArea.Load(referenceData, areas);
        var days = new SyntheticDays(options);
        var files = new List<SyntheticCsvWriter>();
        try
        {
            var incidents = Open(folder, "incidents", SyntheticIncidents.Header, options, files);
            var outcomes = Open(folder, "outcomes", SyntheticOutcomes.Header, options, files);
            var population = new SyntheticCsvWriter(Path.Combine(folder, "child_population.csv"), SyntheticPopulation.Header);
            files.Add(population);

            // Two independent streams: the incidents on one core, the outcomes and population on the other.
            Parallel.Invoke(
                () => SyntheticIncidents.Write(options, local, days, incidents),
                () =>
                {
                    SyntheticOutcomes.Write(options, local, days, outcomes);
                    SyntheticPopulation.Write(options, local, population);
                });
            var written = files.Select(f => new SyntheticRecordFile(f.Path, f.Rows, f.Bytes)).ToList();
            return new SyntheticRecordFiles(written, local.Count, clock.Elapsed);
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    private static SyntheticCsvWriter[] Open(string folder, string kind, string header, SyntheticRecordOptions options, List<SyntheticCsvWriter> files)
    {
        var writers = new SyntheticCsvWriter[options.Years];
        for (var year = 0; year < options.Years; year++)
        {
            writers[year] = new SyntheticCsvWriter(Path.Combine(folder, $"{kind}_{options.YearName(year)}.csv"), header);
            files.Add(writers[year]);
        }

        return writers;
    }
}

/// <summary>One file written: where, how many rows (without the header) and bytes.</summary>
public sealed record SyntheticRecordFile(string Path, long Rows, long Bytes);

/// <summary>The files written, how many local authorities they cover and how long it took.</summary>
public sealed record SyntheticRecordFiles(IReadOnlyList<SyntheticRecordFile> Files, int Areas, TimeSpan Elapsed)
{
    public long Rows => Files.Sum(f => f.Rows);

    public long Bytes => Files.Sum(f => f.Bytes);
}
