using System.Globalization;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Records.Synthetic;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Benchmarks.Records;

/// <summary>
/// <c>generate-records --out DIR [--incidents N] [--outcomes N] [--years N] [--seed N] [--read-back]</c>: writes the
/// synthetic record feed files of the scale data and reports rows, bytes and rows per second; with <c>--read-back</c>,
/// also reads every file back through the record feed readers (one core) and reports their rows per second — with
/// <c>--incidents 0</c>, reads back the files already in DIR without writing any.
/// </summary>
internal static class GenerateRecordsCommand
{
    public const string Verb = "generate-records";

    public static int Run(string[] args)
    {
        string? folder = null;
        var readBack = false;
        var options = new SyntheticRecordOptions();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out": folder = value; break;
                case "--incidents": options = options with { Incidents = Number(args[i], value) }; break;
                case "--outcomes": options = options with { Outcomes = Number(args[i], value) }; break;
                case "--years": options = options with { Years = (int)Number(args[i], value) }; break;
                case "--seed": options = options with { Seed = (ulong)Number(args[i], value) }; break;
                case "--read-back": readBack = true; continue;
                default:
                    return Usage($"'{args[i]}' is not an option.");
            }

            i++;
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            return Usage("--out DIR is required.");
        }

        var referenceData = ReferenceDataFolder.Locate();
        var areas = ReferenceDataSet.Load(referenceData).Areas;
        if (readBack && options.Incidents == 0)
        {
            return ReadBack(folder, areas);
        }

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var written = SyntheticRecordGenerator.Write(folder, options, referenceData, areas);
        var cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        foreach (var file in written.Files)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file.Path),-28} {file.Rows,14:N0} rows {file.Bytes,18:N0} bytes"));
        }

        var seconds = written.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{written.Rows:N0} rows, {written.Bytes:N0} bytes for {written.Areas} local authorities in {seconds:N1} s: {written.Rows / seconds:N0} rows/s, {written.Bytes / seconds / 1e6:N0} MB/s ({cpuSeconds:N1} s of CPU)"));
        return readBack ? ReadBack(folder, areas) : 0;
    }

    /// <summary>Reads every file in the folder through the readers, one after another on one thread.</summary>
    private static int ReadBack(string folder, Domain.Areas.AreaDirectory areas)
    {
        var reader = new RecordFileReader(new LocalAuthorityCodes(areas), TimeProvider.System);
        long rows = 0, bytes = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var path in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var name = Path.GetFileName(path);
            rows += name.StartsWith("incidents", StringComparison.Ordinal) ? reader.ReadIncidents(name, stream).LongCount()
                : name.StartsWith("outcomes", StringComparison.Ordinal) ? reader.ReadOutcomes(name, stream).LongCount()
                : reader.ReadPopulation(name, stream).LongCount();
            bytes += stream.Length;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read back {rows:N0} rows, {bytes:N0} bytes in {seconds:N1} s ({cpuSeconds:N1} s of CPU): {rows / seconds:N0} rows/s, {rows / cpuSeconds:N0} rows per CPU second, {bytes / seconds / 1e6:N0} MB/s"));
        return 0;
    }

    private static long Number(string option, string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{option} needs a whole number.");

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine($"usage: {Verb} --out DIR [--incidents N] [--outcomes N] [--years N] [--seed N]");
        return 2;
    }
}
