using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Jobs;

namespace Safeguarding.Analytics.Benchmarks.Dashboard;

/// <summary>
/// National scale for the latency benchmarks: every file in a folder of record files (<c>SGA_BENCH_NATIONAL_RECORDS</c>)
/// is dropped into the host's inbox and taken the way the service takes any dropped file; the benchmark waits until
/// each is filed under <c>processed/</c> and the job queue has emptied (the loads and whatever they set off, such as
/// the analytics refresh), so that nothing is measured while the data are still arriving.
/// </summary>
internal static class NationalRecords
{
    public static void Load(FirstStartHost host, string folder, TimeSpan timeout)
    {
        var files = Directory.GetFiles(folder);
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"SGA_BENCH_NATIONAL_RECORDS names {folder}, which holds no files.");
        }

        var inbox = Path.Combine(host.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        foreach (var file in files)
        {
            // Under a hidden name first, which the inbox skips, so that no file is taken half-copied.
            var hidden = Path.Combine(inbox, "." + Path.GetFileName(file));
            File.Copy(file, hidden);
            File.Move(hidden, Path.Combine(inbox, Path.GetFileName(file)));
        }

        Console.WriteLine($"// loading {files.Length} record files from {folder}");
        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobKinds.InboxWatch);
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + timeout;
        while (Directory.EnumerateFiles(inbox).Any(f => !Path.GetFileName(f).StartsWith('.'))
            || (Directory.Exists(Path.Combine(inbox, "processing")) && Directory.EnumerateFiles(Path.Combine(inbox, "processing")).Any())
            || monitoring.Queues().Sum(q => q.Length) + monitoring.ProcessingCount() + monitoring.ScheduledCount() > 0)
        {
            if (Directory.Exists(Path.Combine(inbox, "failed")) && Directory.EnumerateFiles(Path.Combine(inbox, "failed"), "*.error.txt").FirstOrDefault() is { } refused)
            {
                throw new InvalidOperationException($"The service refused a record file: {File.ReadAllText(refused).Trim()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The record files from {folder} had not all loaded after {timeout}.");
            }

            Thread.Sleep(1000);
        }
    }
}
