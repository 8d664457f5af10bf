using System.Diagnostics;

namespace Safeguarding.Analytics.Benchmarks.Extracts;

/// <summary>
/// Samples the process's working set and managed heap every 10 ms while an operation runs, and keeps the peaks: what
/// <see cref="Process.PeakWorkingSet64"/> cannot say, since that is the peak of the process's whole life (including
/// seeding the store).
/// </summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Thread thread;
    private readonly ManualResetEventSlim stop = new();
    private long peakWorkingSet;
    private long peakHeap;

    private PeakMemorySampler()
    {
        StartWorkingSet = WorkingSet();
        thread = new Thread(Sample) { IsBackground = true, Name = "peak memory sampler" };
        thread.Start();
    }

    public long StartWorkingSet { get; }

    public static PeakMemorySampler Start() => new();

    public PeakMemory Stop()
    {
        stop.Set();
        thread.Join();
        Take();
        return new PeakMemory(StartWorkingSet, Interlocked.Read(ref peakWorkingSet), Interlocked.Read(ref peakHeap));
    }

    public void Dispose()
    {
        stop.Set();
        thread.Join();
        stop.Dispose();
    }

    private void Sample()
    {
        do
        {
            Take();
        }
        while (!stop.Wait(10));
    }

    private void Take()
    {
        var workingSet = WorkingSet();
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        if (workingSet > Interlocked.Read(ref peakWorkingSet))
        {
            Interlocked.Exchange(ref peakWorkingSet, workingSet);
        }

        if (heap > Interlocked.Read(ref peakHeap))
        {
            Interlocked.Exchange(ref peakHeap, heap);
        }
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}

/// <summary>The working set when an operation started, its peak while it ran, and the managed heap's peak.</summary>
internal sealed record PeakMemory(long StartWorkingSet, long PeakWorkingSet, long PeakHeap);
