using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using static Safeguarding.Analytics.Integration.Tests.BoardPacks.BoardPackFlow;

namespace Safeguarding.Analytics.Integration.Tests.BoardPacks;

/// <summary>
/// The pack as PDF, printed by headless Chromium where it is installed (the test script installs it); where it is
/// not, the route says so in words and points to the HTML pack.
/// </summary>
public class BoardPackPdfTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [ChromiumInstalledFact]
    public async Task A_frozen_pack_prints_to_a_PDF_and_the_download_is_audited()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        var quarter = await LatestQuarterAsync(host.Factory);
        var pack = await FreezeAsync(analyst, quarter.Key, $"{quarter.Start.Year + 1}-01-13");
        var address = $"/board-packs/{QuarterSlug.Of(quarter)}/v{pack.GetProperty("version").GetInt32()}.pdf";

        using var response = await boardMember.GetAsync(address);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 5_000, $"A PDF of {bytes.Length} bytes is too small to hold the pack.");
        var audit = (await host.Client.GetFromJsonAsync<JsonElement>("/api/audit?action=boardpack.downloaded")).EnumerateArray();
        Assert.Contains(audit, e => e.GetProperty("detail").GetString() == "PDF" && e.GetProperty("subjectId").GetString() == $"{quarter.Key} v{pack.GetProperty("version").GetInt32()}");
    }

    [Fact]
    public async Task Without_Chromium_the_PDF_route_answers_503_in_words_and_the_HTML_pack_is_still_there()
    {
        using var factory = new DashboardFactory(settings: new Dictionary<string, string?> { ["BoardPacks:ChromiumPath"] = "/nonexistent/chromium" });
        using var analyst = factory.CreateClientAs(BoardRoles.Analyst);
        var quarter = await LatestQuarterAsync(factory);
        var pack = await FreezeAsync(analyst, quarter.Key, $"{quarter.Start.Year + 1}-01-13");
        var address = $"/board-packs/{QuarterSlug.Of(quarter)}/v{pack.GetProperty("version").GetInt32()}";

        using var pdf = await analyst.GetAsync(address + ".pdf");
        using var html = await analyst.GetAsync(address);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        var detail = (await pdf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("Chromium is not installed", detail, StringComparison.Ordinal);
        Assert.Contains("HTML pack is available", detail, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
    }
}

/// <summary>A test that needs Chromium to print: skipped, saying why, where it is not installed.</summary>
public sealed class ChromiumInstalledFactAttribute : FactAttribute
{
    public ChromiumInstalledFactAttribute()
    {
        if (new ChromiumPdfPrinter(new BoardPackOptions()).BrowserPath is null)
        {
            Skip = $"Chromium is not installed at any of {string.Join(", ", ChromiumPdfPrinter.KnownPaths)}; test.sh installs it (apt-get install -y chromium).";
        }
    }
}
