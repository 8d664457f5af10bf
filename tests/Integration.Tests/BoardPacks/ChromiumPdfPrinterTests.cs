using System.Net;
using System.Net.Sockets;
using Safeguarding.Analytics.Dashboard.BoardPacks;
using UglyToad.PdfPig;

namespace Safeguarding.Analytics.Integration.Tests.BoardPacks;

/// <summary>
/// Chromium as the service starts it prints the document it is given and nothing else: a page without any policy of
/// its own that points at addresses on this machine makes no connection, and its script does not run.
/// </summary>
public class ChromiumPdfPrinterTests
{
    [ChromiumInstalledFact]
    public async Task A_document_referencing_addresses_fetches_nothing_and_its_script_does_not_run()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var watching = new CancellationTokenSource();
        var connection = listener.AcceptTcpClientAsync(watching.Token).AsTask();
        var html = $$"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Pack</title>
            <link rel="stylesheet" href="http://127.0.0.1:{{port}}/style.css">
            <link rel="stylesheet" href="http://localhost:{{port}}/other.css">
            </head><body>
            <p id="said">Printed without scripts.</p>
            <img src="http://127.0.0.1:{{port}}/pixel.png" alt="pixel">
            <img src="http://localhost:{{port}}/logo.png" alt="logo">
            <iframe src="http://127.0.0.1:{{port}}/frame.html" title="frame"></iframe>
            <script>document.getElementById('said').textContent = 'A script ran.';</script>
            </body></html>
            """;

        var pdf = await new ChromiumPdfPrinter(new BoardPackOptions()).PrintAsync(html);

        await Task.Delay(500);
        Assert.False(connection.IsCompleted, $"Chromium connected to 127.0.0.1:{port} while printing.");
        await watching.CancelAsync();
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Printed without scripts.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A script ran.", text, StringComparison.Ordinal);
    }
}
