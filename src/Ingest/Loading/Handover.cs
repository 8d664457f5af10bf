using System.Collections.Concurrent;

namespace Safeguarding.Analytics.Ingest.Loading;

/// <summary>
/// Runs a producer on another thread and hands what it makes to the caller in order, in batches so the hand-over
/// costs little per item: reading a return while its rows are checked, checking rows while they are loaded. At most
/// a few batches wait, so memory stays bounded whichever side is slower; a failure on either side stops both.
/// </summary>
public static class Handover
{
    private const int BatchSize = 4096;
    private const int WaitingBatches = 8;

    /// <summary>
    /// The items <paramref name="produce"/> makes, as it makes them; when they end, <paramref name="completed"/> is
    /// given its result (and may throw, so the caller's enumeration fails instead of ending). A failure of the producer
    /// is thrown after the batches it finished before failing.
    /// </summary>
    public static IEnumerable<T> Stream<T, TResult>(Func<Action<T>, TResult> produce, Action<TResult> completed)
    {
        ArgumentNullException.ThrowIfNull(produce);
        ArgumentNullException.ThrowIfNull(completed);
        return StreamIterator(produce, completed);
    }

    /// <summary>Runs <paramref name="produce"/>, giving each item to <paramref name="consume"/> on this thread; returns its result.</summary>
    public static TResult Consume<T, TResult>(Func<Action<T>, TResult> produce, Action<T> consume)
    {
        ArgumentNullException.ThrowIfNull(consume);
        var result = default(TResult);
        foreach (var item in Stream(produce, (TResult r) => result = r))
        {
            consume(item);
        }

        return result!;
    }

    private static IEnumerable<T> StreamIterator<T, TResult>(Func<Action<T>, TResult> produce, Action<TResult> completed)
    {
        using var batches = new BlockingCollection<T[]>(WaitingBatches);
        using var stop = new CancellationTokenSource();
        var producing = Task.Run(() =>
        {
            try
            {
                var batch = new List<T>(BatchSize);
                var result = produce(item =>
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        batches.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                });
                batches.Add([.. batch], stop.Token);
                return result;
            }
            finally
            {
                batches.CompleteAdding();
            }
        });

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            if (!producing.IsCompleted)
            {
                // The caller stopped early or failed: the producer is not left waiting for room that will never come,
                // nor outlives what it writes to. Its own failure, if any, is not the one to report.
                stop.Cancel();
                ((IAsyncResult)producing).AsyncWaitHandle.WaitOne();
            }
        }

        completed(producing.GetAwaiter().GetResult());
    }
}
