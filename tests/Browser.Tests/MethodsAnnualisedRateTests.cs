using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>An analyst checks a quarter's annualised rate by hand on the Methods page.</summary>
public class MethodsAnnualisedRateTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_quarters_count_times_four_gets_its_interval_scaled_by_four()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/methods").ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();

        await page.FillAsync("[data-testid='ci-numerator']", "447");
        await page.FillAsync("[data-testid='ci-denominator']", "34439");
        await page.SelectOptionAsync("[data-testid='ci-kind']", "rate");
        await page.FillAsync("[data-testid='ci-multiplier']", "10000");
        await page.SelectOptionAsync("[data-testid='ci-annualisation']", "4");
        await page.ClickAsync("[data-testid='ci-calculate']");

        // 447 / 34439 × 10000 × 4 = 519.18; the quarter's own count's Byar limits × 4.
        await Assertions.Expect(page.Locator("[data-testid='ci-result']")).ToContainTextAsync("519.178838 (472.");
        await Assertions.Expect(page.Locator("[data-testid='ci-result']")).ToContainTextAsync("by the byar method");
    }
}
