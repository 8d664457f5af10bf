using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>An analyst checks a flag by hand on the Methods page; the calculators answer as the methods API does.</summary>
public class MethodsPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_calculators_give_the_reference_figures()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/methods").ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();

        await page.ClickAsync("[data-testid='ci-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='ci-result']")).ToHaveTextAsync("0.01 (0.001767 to 0.054486), by the wilson method");
        await page.ClickAsync("[data-testid='trend-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='trend-result']")).ToContainTextAsync("S = -10");
        await Assertions.Expect(page.Locator("[data-testid='trend-result']")).ToContainTextAsync("exact p = 0.016667");
        await Assertions.Expect(page.Locator("[data-testid='trend-result']")).ToContainTextAsync("Sen's slope -5 a period");
        await page.ClickAsync("[data-testid='spc-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='spc-result']")).ToContainTextAsync("Mean 5.5, process limits 2.84 to 8.16 (trial limits)");
        await page.ClickAsync("[data-testid='bm-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='bm-result']")).ToHaveTextAsync("Result: better");
        await page.ClickAsync("[data-testid='disclosure-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='disclosure-result']")).ToContainTextAsync("figures are hidden");
        await Assertions.Expect(page.Locator("[data-testid='disclosure-table'] tbody tr").First.Locator("td").Nth(1)).ToHaveTextAsync("hidden [a]");
        await Assertions.Expect(page.Locator("[data-testid='disclosure-reasons']")).ToContainTextAsync("worked out from the totals");
        await page.Locator("#disclosure-heading").ScrollIntoViewIfNeededAsync();
        await page.Locator("section[aria-labelledby='disclosure-heading']").ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ArtifactsFolder, "methods-disclosure.png") });

        await page.FillAsync("[data-testid='ci-numerator']", "150");
        await page.ClickAsync("[data-testid='ci-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='ci-result']")).ToContainTextAsync("cannot be larger than the denominator");
        await page.FillAsync("[data-testid='disclosure-counts']", "1, 2\n3");
        await page.ClickAsync("[data-testid='disclosure-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='disclosure-result']")).ToContainTextAsync("every row needs the same number");
        await page.FillAsync("[data-testid='trend-values']", "1, two, 3");
        await page.ClickAsync("[data-testid='trend-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='trend-result']")).ToContainTextAsync("write the values as numbers");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "methods.png"), FullPage = true });
    }
}
