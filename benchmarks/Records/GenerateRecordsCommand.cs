using System.Globalization;
using Safeguarding.Analytics.Ingest.Records.Synthetic;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Benchmarks.Records;

/// <summary>
/// <c>generate-records --out DIR [--incidents N] [--outcomes N] [--years N] [--seed N]</c>: writes the synthetic record
/// feed files of the scale data and reports rows, bytes and rows per second.
/// </summary>
internal static class GenerateRecordsCommand
{
    public const string Verb = "generate-records";

    public static int Run(string[] args)
    {
        string? folder = null;
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
        var written = SyntheticRecordGenerator.Write(folder, options, referenceData, areas);
        foreach (var file in written.Files)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file.Path),-28} {file.Rows,14:N0} rows {file.Bytes,18:N0} bytes"));
        }

        var seconds = written.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{written.Rows:N0} rows, {written.Bytes:N0} bytes for {written.Areas} local authorities in {seconds:N1} s: {written.Rows / seconds:N0} rows/s, {written.Bytes / seconds / 1e6:N0} MB/s"));
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
