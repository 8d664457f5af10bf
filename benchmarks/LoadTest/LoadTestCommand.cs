using System.Text.Json;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>
/// <c>load-test</c>: runs the load against a running service, prints the tables, writes the results as JSON, and
/// exits with 1 when any request went wrong or a dropped file was refused or never finished (2 for a bad command line).
/// </summary>
internal static class LoadTestCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Run(string[] args)
    {
        LoadTestOptions options;
        try
        {
            options = LoadTestOptions.Parse(args);
        }
        catch (ArgumentException wrong)
        {
            Console.Error.WriteLine(wrong.Message);
            Console.Error.WriteLine(LoadTestOptions.Usage);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.WriteLine($"{options.Users} board members browsing {options.Url} as {options.UserName} for {options.Duration.TotalSeconds:0} s{(options.IngestFile is { } f ? $"; {Path.GetFileName(f)} dropped into the inbox at {options.IngestAt.TotalSeconds:0} s" : string.Empty)}");
        var before = LoadAverages();
        var run = LoadRun.RunAsync(options, user => BrowserClient.Create(options.Url, user), stop.Token).GetAwaiter().GetResult();
        var report = LoadReport.Of(run) with { MachineLoad = before is null ? null : $"{before} at the start, {LoadAverages()} at the end" };
        Console.WriteLine(report.ToTable());
        File.WriteAllText(options.Output, JsonSerializer.Serialize(report, Json));
        Console.WriteLine($"results written to {Path.GetFullPath(options.Output)}");
        return report.ErrorCount == 0 ? 0 : 1;
    }

    private static string? LoadAverages() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
}
