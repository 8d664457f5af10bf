using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

public class BoardOverviewPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    // Invariant formatting reads as British English for numbers (1,234.5) and dates (3 March 2025).
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public async Task Overview_shows_the_latest_quarter_with_the_numbers_the_api_serves()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        var row = page.Locator("tr[data-indicator='contacts_24h_pct']");
        await row.WaitForAsync();

        var latest = await LatestQuarterAsync("contacts_24h_pct");
        Assert.Equal(latest.Period, await page.Locator("[data-testid='quarter']").InnerTextAsync());
        Assert.Equal(latest.Value.ToString("N1", Invariant) + "%", await row.Locator("[data-testid='value']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "board-overview.png"), FullPage = true });
    }

    [Fact]
    public async Task Overview_shows_the_published_england_figure_beside_the_home_value()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        var row = page.Locator("tr[data-indicator='cpp_rate_per_10k']");
        await row.WaitForAsync();

        var england = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_rate_per_10k/series?area=E92000001");
        var latestEngland = england.GetProperty("points").EnumerateArray().Last(p => p.GetProperty("value").ValueKind == JsonValueKind.Number);
        Assert.Equal(latestEngland.GetProperty("value").GetDouble().ToString("N1", Invariant), await row.Locator("[data-testid='england']").InnerTextAsync());
        Assert.Contains(latestEngland.GetProperty("period").GetString()!, await row.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quarter_in_the_address_is_the_quarter_shown()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/?quarter=2022-23%20Q3").ToString());
        var row = page.Locator("tr[data-indicator='contacts_24h_pct']");
        await row.WaitForAsync();

        var series = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/contacts_24h_pct/series?area=E06000019&from=2022-23%20Q3&to=2022-23%20Q3");
        var point = series.GetProperty("points").EnumerateArray().Single();
        Assert.Equal("2022-23 Q3", await page.Locator("[data-testid='quarter']").InnerTextAsync());
        Assert.Equal(point.GetProperty("value").GetDouble().ToString("N1", Invariant) + "%", await row.Locator("[data-testid='value']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "board-overview-2022-23-q3.png"), FullPage = true });
    }

    [Fact]
    public async Task Headline_first_time_entrants_never_show_the_invalid_england_figure()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        var row = page.Locator("tr[data-indicator='fte_rate_per_100k']");
        await row.WaitForAsync();

        Assert.Equal("–", await row.Locator("[data-testid='england']").InnerTextAsync());
        Assert.Contains("not a valid rate", await row.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(string Period, double Value)> LatestQuarterAsync(string indicatorId)
    {
        var series = await session.Api.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicatorId}/series?area=E06000019");
        var point = series.GetProperty("points").EnumerateArray()
            .Last(p => p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal));
        return (point.GetProperty("period").GetString()!, point.GetProperty("value").GetDouble());
    }
}
