using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// The Board packs page and a frozen pack as a browser shows and prints them: both pass axe's WCAG A and AA rules,
/// and each is kept as a screenshot on screen and with print media for a person to look at.
/// </summary>
public class BoardPackPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_list_page_freezes_a_pack_with_the_senders_address_and_lists_it_and_passes_the_accessibility_scan()
    {
        var page = await session.NewPageAsync(options: new BrowserNewPageOptions { BypassCSP = true });
        await page.GotoAsync(new Uri(session.BaseAddress, "/board-packs").ToString());
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var quarter = await page.Locator("#pack-quarter").InputValueAsync();
        await page.Locator("#pack-presented-on").FillAsync("2027-03-16");

        await page.GetByTestId("pack-freeze").ClickAsync();

        await Assertions.Expect(page.GetByTestId("freeze-message")).ToContainTextAsync($"of the {quarter} pack");
        await Assertions.Expect(page.GetByTestId("packs").Locator("tbody tr").First).ToContainTextAsync(quarter);
        // The trail says from where the page froze it, as it does for the API.
        var frozen = (await session.Api.GetFromJsonAsync<JsonElement>("/api/audit?action=boardpack.frozen")).EnumerateArray()
            .Single(e => e.GetProperty("detail").GetString()!.Contains("16 March 2027", StringComparison.Ordinal));
        Assert.Equal("127.0.0.1", frozen.GetProperty("clientAddress").GetString());
        await AssertAccessibleAsync(page, "board-packs-list");
        await ScreenshotsAsync(page, "board-packs-list");
    }

    [Fact]
    public async Task A_frozen_pack_reads_and_prints_accessibly()
    {
        var pack = await FreezeAsync();
        var page = await session.NewPageAsync(options: new BrowserNewPageOptions { BypassCSP = true });

        await page.GotoAsync(new Uri(session.BaseAddress, pack).ToString());

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Board pack");
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.Locator("section.priority").CountAsync() > 3, "The pack shows fewer than four priorities.");
        await AssertAccessibleAsync(page, "board-pack");
        await ScreenshotsAsync(page, "board-pack");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await PartsAsync(page, "board-pack-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await PartsAsync(page, "board-pack");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.Locator("nav.contents").EvaluateAsync<string>("n => getComputedStyle(n).display"));
        Assert.Equal("page", await page.Locator("section.priority").First.EvaluateAsync<string>("s => getComputedStyle(s).breakBefore"));
    }

    [Fact]
    public async Task The_pack_s_inline_stylesheet_applies_under_the_content_security_policy()
    {
        var pack = await FreezeAsync();
        var page = await session.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(session.BaseAddress, pack).ToString());
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("page", await page.Locator("section.priority").First.EvaluateAsync<string>("s => getComputedStyle(s).breakBefore"));
        Assert.Empty(refused);
    }

    private async Task<string> FreezeAsync()
    {
        var response = await session.Api.PostAsJsonAsync("/api/board-packs", new { quarter = await LatestQuarterAsync(), presentedOn = "2027-03-09" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("html").GetString()!;
    }

    private async Task<string> LatestQuarterAsync()
    {
        var series = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/contacts_24h_pct/series?area=E06000019");
        return series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()!).Where(p => p.Contains(" Q", StringComparison.Ordinal)).Last();
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var result = await AccessibilityTests.ScanAsync(page);
        await File.WriteAllTextAsync(Path.Combine(BrowserSession.ArtifactsFolder, $"axe-{name}.json"), result.ToString());
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .ToList();
        Assert.True(serious.Count == 0, $"{name} has {serious.Count} serious or critical accessibility violations:\n{AccessibilityTests.Describe(serious)}");
    }

    /// <summary>The pack's opening screen and its first priority, small enough to look at.</summary>
    private static async Task PartsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"{name}-opening.png") });
        await page.Locator("section.priority").First.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"{name}-priority.png") });
        await page.Locator("#escalations").ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"{name}-escalations.png") });
    }

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"{name}.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"{name}-print.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }
}
