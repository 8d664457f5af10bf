using System.Diagnostics;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Prints a pack's HTML to PDF with headless Chromium (its print stylesheet gives the A4 pages), in a temporary folder
/// that is removed afterwards, and abandons a print that takes too long.
/// </summary>
public sealed class ChromiumPdfPrinter(BoardPackOptions options)
{
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
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri])
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
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Chromium at {start.FileName} did not start.");
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
