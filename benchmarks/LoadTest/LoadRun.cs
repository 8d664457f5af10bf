using System.Collections.Concurrent;
using System.Diagnostics;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>What a run gave: every request, how long the run lasted, and — when a file was dropped — when its job ran.</summary>
internal sealed record LoadRunResult(
    IReadOnlyList<LoadSample> Samples, TimeSpan Elapsed, int Users, TimeSpan? IngestDroppedAt, TimeSpan? IngestStartedAt,
    TimeSpan? IngestFinishedAt, string? IngestProblem);

/// <summary>
/// The load test's core: <see cref="LoadTestOptions.Users"/> simulated board members, arriving over the ramp-up, each
/// in a browser of its own, going round their journey until the time is up; with a file to ingest, it is dropped at its
/// moment and the run goes on (up to <see cref="LoadTestOptions.IngestTimeout"/> longer) until its job has finished, so
/// that the service is always measured while the job ran.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadRunResult> RunAsync(LoadTestOptions options, Func<int, HttpClient> browserFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(browserFor);
        var samples = new ConcurrentQueue<LoadSample>();
        var clock = Stopwatch.StartNew();
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        IngestWatcher? ingest = null;
        var watching = Task.CompletedTask;
        if (options.IngestFile is { } file && options.Inbox is { } inbox)
        {
            ingest = new IngestWatcher(file, inbox, options.IngestAt, clock);
            watching = ingest.RunAsync(stopWatching.Token);
        }

        var end = new Deadline(options.Duration);
        var browsers = Enumerable.Range(0, options.Users).Select(browserFor).ToList();
        try
        {
            var members = new List<Task>();
            for (var user = 0; user < options.Users; user++)
            {
                var arrival = options.Users == 1 ? TimeSpan.Zero : options.RampUp * user / options.Users;
                var journey = new BoardMemberJourney(browsers[user], options, user, clock, samples.Enqueue);
                members.Add(Task.Run(
                    async () =>
                    {
                        await Task.Delay(arrival, cancellationToken).ConfigureAwait(false);
                        await journey.RunAsync(() => end.Value, cancellationToken).ConfigureAwait(false);
                    },
                    cancellationToken));
            }

            if (ingest is not null)
            {
                var deadline = options.Duration + options.IngestTimeout;
                while (!ingest.Finished && clock.Elapsed < deadline && !watching.IsCompleted)
                {
                    end.Value = Max(options.Duration, clock.Elapsed + TimeSpan.FromSeconds(5));
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                }

                // A few seconds past the job's end, so "after" is measured too, then stop at the planned end or now.
                end.Value = Max(options.Duration, clock.Elapsed + TimeSpan.FromSeconds(5));
            }

            await Task.WhenAll(members).ConfigureAwait(false);
        }
        finally
        {
            await stopWatching.CancelAsync().ConfigureAwait(false);
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }
        }

        try
        {
            await watching.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        var problem = ingest switch
        {
            null => null,
            { Failure: { } failure } => $"the service refused {ingest.DroppedName}: {failure}",
            { Finished: false } => $"the job for {ingest.DroppedName} had not finished {options.IngestTimeout.TotalSeconds:0} s after the planned end",
            _ => null,
        };
        return new LoadRunResult([.. samples.OrderBy(s => s.StartedAt)], clock.Elapsed, options.Users, ingest?.DroppedAt, ingest?.TakenAt, ingest?.FinishedAt, problem);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The run's end, read by every member each round: it moves on while a dropped file's job has not finished.</summary>
    private sealed class Deadline(TimeSpan start)
    {
        private long _ticks = start.Ticks;

        public TimeSpan Value
        {
            get => new(Volatile.Read(ref _ticks));
            set => Volatile.Write(ref _ticks, value.Ticks);
        }
    }
}
