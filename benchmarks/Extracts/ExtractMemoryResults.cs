using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Safeguarding.Analytics.Benchmarks.Extracts;

/// <summary>
/// What each extract benchmark measured besides time, kept across its iterations (the highest peak, the file's size)
/// and shown as columns of the summary table. The benchmarks run in this process, so the columns read them directly.
/// </summary>
internal static class ExtractMemoryResults
{
    private static readonly ConcurrentDictionary<string, (PeakMemory Memory, long FileBytes)> Results = new();

    public static void Record(string method, int rows, PeakMemory memory, long fileBytes)
    {
        // Also in the log, so that a run that stops part-way still tells what it measured.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Extract memory {method} {rows:N0} rows: working set {Mb(memory.StartWorkingSet)} at start, peak {Mb(memory.PeakWorkingSet)}; managed heap peak {Mb(memory.PeakHeap)}; file {Mb(fileBytes)}"));
        Results.AddOrUpdate(
            Key(method, rows),
            (memory, fileBytes),
            (_, previous) => previous.Memory.PeakWorkingSet >= memory.PeakWorkingSet ? previous : (memory, fileBytes));
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    public static IColumn[] Columns =>
    [
        new MemoryColumn("Peak working set", r => r.Memory.PeakWorkingSet),
        new MemoryColumn("Working set growth", r => r.Memory.PeakWorkingSet - r.Memory.StartWorkingSet),
        new MemoryColumn("Peak managed heap", r => r.Memory.PeakHeap),
        new MemoryColumn("File", r => r.FileBytes),
    ];

    private static string Key(string method, object? rows) => $"{method}/{Convert.ToString(rows, CultureInfo.InvariantCulture)}";

    private sealed class MemoryColumn(string name, Func<(PeakMemory Memory, long FileBytes), long> measure) : IColumn
    {
        public string Id => nameof(ExtractMemoryResults) + "." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => $"{name}, the highest over the iterations (sampled every 10 ms while the extract ran)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            ArgumentNullException.ThrowIfNull(benchmarkCase);
            var key = Key(benchmarkCase.Descriptor.WorkloadMethod.Name, benchmarkCase.Parameters["Rows"]);
            return Results.TryGetValue(key, out var result)
                ? Mb(measure(result))
                : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
