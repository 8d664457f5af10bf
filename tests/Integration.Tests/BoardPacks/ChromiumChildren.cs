using System.Globalization;

namespace Safeguarding.Analytics.Integration.Tests.BoardPacks;

/// <summary>
/// Watches this test process's own children on Linux and remembers the most Chromium printers alive at once: a count
/// taken from the operating system, beside the printer's own.
/// </summary>
internal sealed class ChromiumChildren : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    private ChromiumChildren() => _watching = Task.Run(WatchAsync);

    /// <summary>The most Chromium processes printing a PDF that were children of this process at one look.</summary>
    public int MostAtOnce { get; private set; }

    /// <summary>How many looks were taken.</summary>
    public int Looks { get; private set; }

    public static ChromiumChildren Watch() => new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        var me = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        while (!_stop.IsCancellationRequested)
        {
            var printing = 0;
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    var stat = await File.ReadAllTextAsync(Path.Combine(folder, "stat"));
                    // pid (comm) state ppid ...: the command may hold spaces, so read after its closing bracket.
                    var parent = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1];
                    if (parent == me && (await File.ReadAllTextAsync(Path.Combine(folder, "cmdline"))).Contains("--print-to-pdf=", StringComparison.Ordinal))
                    {
                        printing++;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
                {
                    // Not a process, or it ended while being read.
                }
            }

            MostAtOnce = Math.Max(MostAtOnce, printing);
            Looks++;
            try
            {
                await Task.Delay(15, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
