namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>Says once, at start-up, whether board packs print to PDF here, and whether in Chromium's sandbox and why.</summary>
internal sealed partial class BoardPackPrintingAtStart(ChromiumPdfPrinter printer, BoardPackOptions options, ILogger<BoardPackPrintingAtStart> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (printer.BrowserPath is not { } browser)
        {
            NoBrowser(logger);
        }
        else if (printer.Sandbox.Enabled)
        {
            Sandboxed(logger, browser, options.PrintsAtOnce, printer.Sandbox.Reason);
        }
        else
        {
            NotSandboxed(logger, browser, options.PrintsAtOnce, printer.Sandbox.Reason);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Board packs print to PDF with {Browser} in its sandbox, {AtOnce} at once: {Reason}.")]
    private static partial void Sandboxed(ILogger logger, string browser, int atOnce, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board packs print to PDF with {Browser} without its sandbox (--no-sandbox), {AtOnce} at once, because {Reason}. Scripts and the network are off either way.")]
    private static partial void NotSandboxed(ILogger logger, string browser, int atOnce, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Board packs are not printed to PDF here: Chromium is not installed (set BoardPacks:ChromiumPath or install chromium).")]
    private static partial void NoBrowser(ILogger logger);
}
