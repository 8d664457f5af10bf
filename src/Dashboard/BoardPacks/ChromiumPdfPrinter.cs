using System.Diagnostics;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Prints a pack's HTML to PDF with headless Chromium (its print stylesheet gives the A4 pages), in a temporary folder
/// that is removed afterwards, and abandons a print that takes too long. Chromium reads the pack's own HTML file and
/// nothing else: scripts are off (blocked in the fresh profile's preferences; <c>--blink-settings=scriptEnabled=false</c>
/// makes headless Chromium exit without writing the PDF), every address it might fetch goes to a proxy that does not exist (loopback
/// included) and no name resolves; it runs in its sandbox where <see cref="ChromiumSandbox"/> allows it.
/// </summary>
public sealed class ChromiumPdfPrinter(BoardPackOptions options, ChromiumSandbox? sandbox = null)
{
    private int _running;
    private int _mostAtOnce;
    private int _started;

    /// <summary>Where Chromium or Chrome is usually installed on Linux.</summary>
    public static IReadOnlyList<string> KnownPaths { get; } =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>What to tell someone who asks for a PDF where no browser is installed.</summary>
    public const string NotInstalled =
        "The PDF cannot be made here because Chromium is not installed. The HTML pack is available at the same address without '.pdf' "
        + "and prints to PDF from any browser. To make PDFs here, install Chromium (on Debian or Ubuntu: 'apt-get install -y chromium') "
        + "or set BoardPacks:ChromiumPath to a Chromium or Chrome executable.";

    /// <summary>The browser to print with, or null when none is installed.</summary>
    public string? BrowserPath =>
        !string.IsNullOrWhiteSpace(options.ChromiumPath)
            ? File.Exists(options.ChromiumPath) ? options.ChromiumPath : null
            : KnownPaths.FirstOrDefault(File.Exists);

    /// <summary>Whether Chromium prints in its sandbox here, and why.</summary>
    public ChromiumSandbox Sandbox { get; } = sandbox ?? ChromiumSandbox.Probe();

    /// <summary>The preferences of each print's fresh profile: JavaScript blocked for every page.</summary>
    public const string NoScripts = """{"profile":{"default_content_setting_values":{"javascript":2}}}""";

    /// <summary>Chromium processes this printer has started that have not yet exited.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>The most Chromium processes this printer has had running at once.</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    /// <summary>How many Chromium processes this printer has started.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>The arguments Chromium is started with to print <paramref name="page"/> (a local file) to <paramref name="pdf"/>.</summary>
    public IReadOnlyList<string> Arguments(string page, string pdf, string profile) =>
    [
        "--headless",
        .. Sandbox.Enabled ? (string[])[] : ["--no-sandbox"],
        "--disable-gpu",
        "--no-pdf-header-footer",
        // Nothing but the pack's own file: no network, loopback included (scripts are off in the profile's preferences).
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-default-browser-check",
        "--no-first-run",
        $"--user-data-dir={profile}",
        $"--print-to-pdf={pdf}",
        new Uri(page).AbsoluteUri,
    ];

    /// <exception cref="InvalidOperationException">No browser is installed, or it failed or took too long.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var browser = BrowserPath ?? throw new InvalidOperationException(NotInstalled);
        var folder = Directory.CreateTempSubdirectory("board-pack-");
        try
        {
            var page = Path.Combine(folder.FullName, "pack.html");
            var pdf = Path.Combine(folder.FullName, "pack.pdf");
            var profile = Path.Combine(folder.FullName, "profile");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            Directory.CreateDirectory(Path.Combine(profile, "Default"));
            await File.WriteAllTextAsync(Path.Combine(profile, "Default", "Preferences"), NoScripts, cancellationToken).ConfigureAwait(false);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(page, pdf, profile))
            {
                start.ArgumentList.Add(argument);
            }

            await RunAsync(start, cancellationToken).ConfigureAwait(false);
            return File.Exists(pdf)
                ? await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false)
                : throw new InvalidOperationException("Chromium finished without writing the PDF.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        try
        {
            Interlocked.Increment(ref _started);
            for (var most = Volatile.Read(ref _mostAtOnce); running > most; most = Volatile.Read(ref _mostAtOnce))
            {
                Interlocked.CompareExchange(ref _mostAtOnce, running, most);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Chromium at {start.FileName} did not start.");
            await WaitAsync(process, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private async Task WaitAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.PrintTimeoutSeconds)));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"Chromium took longer than {options.PrintTimeoutSeconds} seconds to print the pack.");
        }

        await Task.WhenAll(output, errors).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium could not print the pack (exit code {process.ExitCode}): {(await errors.ConfigureAwait(false)).Trim()}");
        }
    }
}
