using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.BoardPacks;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// A frozen pack's PDF, printed once and kept in the app store (where a restart and a second instance find it), keyed
/// by the SHA-256 of the exact HTML document printed, since an agency lead's copy differs from the whole pack.
/// Printing is contained: at most <see cref="BoardPackOptions.PrintsAtOnce"/> Chromium processes at once, at most
/// <see cref="BoardPackOptions.PrintsWaiting"/> prints waiting their turn, and a request beyond that refused with how
/// long to wait; requests for a document already being printed wait for that print instead of starting another.
/// </summary>
public sealed class BoardPackPdfs : IDisposable
{
    private readonly ChromiumPdfPrinter _printer;
    private readonly IAppStore _store;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _stopping;
    private readonly ConcurrencyLimiter _turns;
    private readonly ConcurrentDictionary<string, Lazy<Task<PdfOutcome>>> _underWay = new(StringComparer.Ordinal);
    private readonly int _atOnce;
    private readonly int _waiting;
    private long _typicalPrintMilliseconds = 5_000;

    public BoardPackPdfs(ChromiumPdfPrinter printer, IAppStore store, BoardPackOptions options, TimeProvider clock, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lifetime);
        (_printer, _store, _clock, _stopping) = (printer, store, clock, lifetime.ApplicationStopping);
        _atOnce = Math.Max(1, options.PrintsAtOnce);
        _waiting = Math.Max(0, options.PrintsWaiting);
        _turns = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _atOnce,
            QueueLimit = _waiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The PDF of <paramref name="html"/>, rendered from frozen version <paramref name="pack"/>: the one kept, else printed now and kept.</summary>
    public async Task<PdfOutcome> GetAsync(BoardPackVersion pack, string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(html);
        var htmlSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        if (await _store.FindBoardPackPdfAsync(pack.Quarter, pack.Version, htmlSha256, cancellationToken).ConfigureAwait(false) is { } kept)
        {
            return new PdfOutcome.Ready(kept, Printed: false);
        }

        Lazy<Task<PdfOutcome>> mine = null!;
        mine = new Lazy<Task<PdfOutcome>>(() => PrintOnceAsync(pack, html, htmlSha256, mine));
        var print = _underWay.GetOrAdd(htmlSha256, mine);
        var outcome = await print.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return outcome is PdfOutcome.Ready ready && !ReferenceEquals(print, mine) ? ready with { Printed = false } : outcome;
    }

    private async Task<PdfOutcome> PrintOnceAsync(BoardPackVersion pack, string html, string htmlSha256, Lazy<Task<PdfOutcome>> entry)
    {
        await Task.Yield();
        try
        {
            using var turn = await _turns.AcquireAsync(1, _stopping).ConfigureAwait(false);
            if (!turn.IsAcquired)
            {
                return new PdfOutcome.Busy(RetryAfterSeconds(), _atOnce, _waiting);
            }

            // Another instance, or a print here that finished while this one waited, may have kept it meanwhile.
            if (await _store.FindBoardPackPdfAsync(pack.Quarter, pack.Version, htmlSha256, _stopping).ConfigureAwait(false) is { } kept)
            {
                return new PdfOutcome.Ready(kept, Printed: false);
            }

            var started = Stopwatch.GetTimestamp();
            var pdf = await _printer.PrintAsync(html, _stopping).ConfigureAwait(false);
            var took = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Interlocked.Exchange(ref _typicalPrintMilliseconds, (Interlocked.Read(ref _typicalPrintMilliseconds) * 3 + took) / 4);
            var printed = new BoardPackPdf
            {
                Quarter = pack.Quarter,
                Version = pack.Version,
                HtmlSha256 = htmlSha256,
                Pdf = pdf,
                PrintedAt = _clock.GetUtcNow().UtcDateTime,
            };
            return new PdfOutcome.Ready(await _store.KeepBoardPackPdfAsync(printed, _stopping).ConfigureAwait(false), Printed: true);
        }
        catch (InvalidOperationException failure)
        {
            return new PdfOutcome.Failed(failure.Message);
        }
        finally
        {
            _underWay.TryRemove(new KeyValuePair<string, Lazy<Task<PdfOutcome>>>(htmlSha256, entry));
        }
    }

    /// <summary>Seconds until a turn is likely free: every waiting print done, at the recent pace.</summary>
    private int RetryAfterSeconds()
    {
        var rounds = (_waiting / _atOnce) + 1;
        return (int)Math.Clamp(Math.Ceiling(Interlocked.Read(ref _typicalPrintMilliseconds) * rounds / 1000.0), 1, 600);
    }

    public void Dispose() => _turns.Dispose();
}

/// <summary>What asking for a pack's PDF came to.</summary>
public abstract record PdfOutcome
{
    private PdfOutcome()
    {
    }

    /// <summary>The PDF, and whether this request's print made it (rather than one kept or printed for another request).</summary>
    public sealed record Ready(byte[] Pdf, bool Printed) : PdfOutcome;

    /// <summary>Every turn is taken and the queue is full: ask again after the wait.</summary>
    public sealed record Busy(int RetryAfterSeconds, int PrintsAtOnce, int PrintsWaiting) : PdfOutcome;

    /// <summary>Chromium failed or took too long, in words.</summary>
    public sealed record Failed(string Reason) : PdfOutcome;
}
