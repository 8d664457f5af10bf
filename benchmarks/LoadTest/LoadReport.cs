using System.Globalization;
using System.Text;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>Latency of one group of requests: how many, how many went wrong, percentiles and the busiest, and the rate.</summary>
internal sealed record LatencySummary(string Route, int Count, int Errors, double P50, double P95, double P99, double Max, double RequestsPerSecond);

/// <summary>
/// A window of the run (the whole run, or the time an ingest job ran) summarised per route and overall. Percentiles
/// are nearest-rank over every request in the window, nothing dropped; a request belongs to the window it started in.
/// </summary>
internal sealed record LoadWindow(string Name, double FromSeconds, double ToSeconds, LatencySummary Overall, IReadOnlyList<LatencySummary> Routes);

/// <summary>The load test's results: its windows, the ingest job's times, and every error in words (the first 20 of each kind).</summary>
internal sealed record LoadReport(
    int Users, double Seconds, IReadOnlyList<LoadWindow> Windows, double? IngestDroppedAtSeconds, double? IngestStartedAtSeconds,
    double? IngestFinishedAtSeconds, string? IngestProblem, IReadOnlyList<string> Errors)
{
    /// <summary>The machine's load averages (<c>/proc/loadavg</c>) as the run started and ended, where the system gives them: other work on the machine slows the service too.</summary>
    public string? MachineLoad { get; init; }

    public int ErrorCount => Windows[0].Overall.Errors + (IngestProblem is null ? 0 : 1);

    public static LoadReport Of(LoadRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var windows = new List<LoadWindow> { Window("whole run", run.Samples, TimeSpan.Zero, run.Elapsed) };
        if (run is { IngestStartedAt: { } from, IngestFinishedAt: { } to })
        {
            windows.Add(Window("while the ingest job ran", run.Samples, from, to));
            windows.Add(Window("before the ingest job", run.Samples, TimeSpan.Zero, from));
        }

        var errors = run.Samples.Where(s => s.Failed).GroupBy(s => s.Error!, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} × {g.Key}").Take(20).ToList();
        return new LoadReport(run.Users, run.Elapsed.TotalSeconds, windows, run.IngestDroppedAt?.TotalSeconds, run.IngestStartedAt?.TotalSeconds,
            run.IngestFinishedAt?.TotalSeconds, run.IngestProblem, errors);
    }

    /// <summary>The results as plain tables: one per window, a row per route and one for all.</summary>
    public string ToTable()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{Users} board members, {Seconds:0.0} s");
        if (MachineLoad is not null)
        {
            text.AppendLine("machine load averages (1, 5, 15 min): " + MachineLoad);
        }

        if (IngestDroppedAtSeconds is { } dropped)
        {
            text.AppendLine(invariant, $"ingest: file dropped at {dropped:0.0} s, taken by the service at {IngestStartedAtSeconds:0.0} s, filed at {IngestFinishedAtSeconds:0.0} s");
        }

        foreach (var window in Windows)
        {
            text.AppendLine().AppendLine(invariant, $"{window.Name} ({window.FromSeconds:0.0}–{window.ToSeconds:0.0} s)");
            text.AppendLine("| route | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var row in window.Routes.Append(window.Overall))
            {
                text.AppendLine(invariant, $"| {row.Route} | {row.Count:N0} | {row.Errors:N0} | {row.P50:0.0} | {row.P95:0.0} | {row.P99:0.0} | {row.Max:0.0} | {row.RequestsPerSecond:0.0} |");
            }
        }

        if (IngestProblem is not null)
        {
            text.AppendLine().AppendLine("ingest problem: " + IngestProblem);
        }

        foreach (var error in Errors)
        {
            text.AppendLine("error: " + error);
        }

        return text.ToString();
    }

    private static LoadWindow Window(string name, IReadOnlyList<LoadSample> samples, TimeSpan from, TimeSpan to)
    {
        var inside = samples.Where(s => s.StartedAt >= from && s.StartedAt <= to).ToList();
        var seconds = Math.Max((to - from).TotalSeconds, 0.001);
        var routes = inside.GroupBy(s => s.Route, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summary(g.Key, [.. g], seconds)).ToList();
        return new LoadWindow(name, from.TotalSeconds, to.TotalSeconds, Summary("all", inside, seconds), routes);
    }

    private static LatencySummary Summary(string route, IReadOnlyList<LoadSample> samples, double seconds)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return new LatencySummary(route, sorted.Length, samples.Count(s => s.Failed),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1], sorted.Length / seconds);
    }

    /// <summary>Nearest rank: the smallest value with at least the fraction of all at or below it.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
