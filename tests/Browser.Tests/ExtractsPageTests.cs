using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>An analyst defines a deep-dive extract on the Extracts page, runs it now and downloads its file.</summary>
public class ExtractsPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_analyst_defines_an_extract_runs_it_from_the_page_and_downloads_the_file()
    {
        var page = await session.NewPageAsync();
        page.SetDefaultTimeout(60_000); // the run is a Hangfire job on a machine shared with other suites
        await page.GotoAsync(new Uri(session.BaseAddress, "/extracts").ToString());
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Contains("10 working days before the January board meeting", await page.Locator("[data-testid='extracts']").InnerTextAsync(), StringComparison.Ordinal);

        await page.ClickAsync("[data-testid='new-extract']");
        await page.Locator("[data-testid='extract-form']").WaitForAsync();
        await page.FillAsync("[data-testid='extract-title']", "Repeat domestic abuse for the board");
        await page.FillAsync("[data-testid='extract-theme']", "Domestic Abuse");
        await page.CheckAsync("[data-testid='by-indicator']");
        await page.CheckAsync("[data-testid='indicator-repeat_da_pct']");
        await page.UncheckAsync("[data-testid='area-neighbours']");
        await page.CheckAsync("[data-testid='fixed-periods']");
        await page.FillAsync("[data-testid='extract-from']", "2022-23 Q1");
        await page.FillAsync("[data-testid='extract-to']", "2024-25 Q4");
        await page.SelectOptionAsync("[data-testid='extract-format']", "csv");
        await page.ClickAsync("[data-testid='extract-save']");

        await page.WaitForURLAsync("**/extracts/repeat-domestic-abuse-for-the-board", new PageWaitForURLOptions { Timeout = 60_000 });
        await page.Locator("[data-testid='run-now']").WaitForAsync();
        await page.ClickAsync("[data-testid='run-now']");
        var link = page.Locator("[data-testid='download']").First;
        await link.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-testid='extract-message']")).ToContainTextAsync("succeeded", new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "extract-run.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);

        Assert.StartsWith("repeat-domestic-abuse-for-the-board-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("indicator_id,indicator,unit,area_code", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.True(lines.Length > 12, $"Expected the home area's 12 quarters at least, got {lines.Length - 1} rows.");
        Assert.All(lines.Skip(1), l => Assert.StartsWith("repeat_da_pct,", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains("Statistical neighbour", StringComparison.Ordinal));

        await page.ClickAsync("a[href='/extracts']");
        var row = page.Locator("[data-testid='extracts'] tr", new PageLocatorOptions { HasText = "Repeat domestic abuse for the board" });
        await row.Locator("a.last-run-file").WaitForAsync();
        Assert.Contains("succeeded", await row.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "extracts-list.png"), FullPage = true });
    }
}
