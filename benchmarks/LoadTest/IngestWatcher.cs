using System.Diagnostics;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>
/// Drops a file into the service's inbox at a given moment of the run and watches what the service does with it: the
/// inbox job takes it from the top of the folder (the job has started), and files it under <c>processed/</c> once
/// loaded or under <c>failed/</c> with a note saying why (the job has finished). The file is copied under a hidden
/// name first and renamed, so the service never sees half a file.
/// </summary>
internal sealed class IngestWatcher(string file, string inbox, TimeSpan dropAt, Stopwatch clock)
{
    private readonly string _name = $"load-test-{DateTime.UtcNow:yyyyMMddHHmmss}-{Path.GetFileName(file)}";

    public TimeSpan? DroppedAt { get; private set; }

    /// <summary>When the file left the top of the inbox: the service's job had taken it.</summary>
    public TimeSpan? TakenAt { get; private set; }

    public TimeSpan? FinishedAt { get; private set; }

    /// <summary>Why the service refused the file (its <c>.error.txt</c>), or null.</summary>
    public string? Failure { get; private set; }

    public bool Finished => FinishedAt is not null;

    public string DroppedName => _name;

    /// <summary>Waits for the moment, drops the file, then follows it until it is filed or <paramref name="cancellationToken"/> ends the wait.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var wait = dropAt - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        Directory.CreateDirectory(inbox);
        var hidden = Path.Combine(inbox, "." + _name);
        File.Copy(file, hidden, overwrite: true);
        File.Move(hidden, Path.Combine(inbox, _name));
        DroppedAt = clock.Elapsed;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (TakenAt is null && !File.Exists(Path.Combine(inbox, _name)))
            {
                TakenAt = clock.Elapsed;
            }

            if (Filed("processed") is not null)
            {
                FinishedAt = clock.Elapsed;
                TakenAt ??= FinishedAt;
                return;
            }

            if (Filed("failed") is { } failed)
            {
                FinishedAt = clock.Elapsed;
                TakenAt ??= FinishedAt;
                Failure = File.Exists(failed + ".error.txt") ? (await File.ReadAllTextAsync(failed + ".error.txt", cancellationToken).ConfigureAwait(false)).Trim() : "filed under failed/";
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The file's path once filed in the sub-folder (moved under a time-stamped name ending in its own).</summary>
    private string? Filed(string folder)
    {
        var path = Path.Combine(inbox, folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*_" + _name).FirstOrDefault() : null;
    }
}
