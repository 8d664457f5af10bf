using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>A board member drills from the overview into one indicator: its chart, every figure, its exceptions.</summary>
public class IndicatorPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Clicking_an_indicator_opens_its_chart_and_figures_which_match_the_api()
    {
        var open = await OpenExceptionsAsync("cpp_2yrs_plus_pct"); // the evaluation at start runs in the background
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        await page.Locator("tr[data-indicator='cpp_2yrs_plus_pct'] [data-testid='indicator-link']").ClickAsync();
        await page.Locator("[data-testid='points']").WaitForAsync();

        Assert.EndsWith("/indicators/cpp_2yrs_plus_pct", page.Url, StringComparison.Ordinal);
        var series = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_2yrs_plus_pct/series?area=E06000019");
        var latest = series.GetProperty("points").EnumerateArray().Last();
        var row = page.Locator($"[data-testid='points'] tr[data-period='{latest.GetProperty("period").GetString()}']");
        Assert.Equal(latest.GetProperty("value").GetDouble().ToString("N1", CultureInfo.InvariantCulture) + "%", await row.Locator("[data-testid='value']").InnerTextAsync());
        Assert.Contains("special cause: concern", await row.InnerTextAsync(), StringComparison.Ordinal);

        var concerns = await page.Locator("[data-testid='spc-chart'] circle.special_cause_concern").CountAsync();
        var apiConcerns = series.GetProperty("points").EnumerateArray()
            .Count(p => p.GetProperty("spc").ValueKind == JsonValueKind.Object && p.GetProperty("spc").GetProperty("pointType").GetString() == "special_cause_concern");
        Assert.Equal(apiConcerns, concerns);
        Assert.Contains("lower is better", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(open, await page.Locator("[data-testid='exceptions'] li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "indicator-page.png"), FullPage = true });

        await page.ClickAsync("nav.breadcrumbs a");
        await page.Locator("tr[data-indicator='cpp_2yrs_plus_pct']").WaitForAsync();
    }

    private async Task<int> OpenExceptionsAsync(string indicator)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var open = (await session.Api.GetFromJsonAsync<JsonElement>($"/api/exceptions?indicator={indicator}&status=open")).GetArrayLength();
            if (open > 0)
            {
                return open;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No open exception on {indicator} after a minute.");
    }

    [Fact]
    public async Task From_the_indicator_page_compare_areas_shows_the_neighbours_region_and_England_the_api_gives()
    {
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/cpp_repeat_pct").ToString());
        await page.ClickAsync("[data-testid='compare-link']");
        await page.Locator("[data-testid='compare-chart']").WaitForAsync();

        var summary = await page.InnerTextAsync("[data-testid='compare-summary']");
        var period = summary.Split(' ')[0];
        var compare = await session.Api.GetFromJsonAsync<JsonElement>($"/api/indicators/cpp_repeat_pct/compare?area=E06000019&period={period}");
        Assert.Contains($"ranked {compare.GetProperty("nationalRank").GetInt32()} of {compare.GetProperty("localAuthoritiesWithValue").GetInt32()}", summary, StringComparison.Ordinal);
        var england = compare.GetProperty("england");
        Assert.Equal(
            england.GetProperty("value").GetDouble().ToString("N1", CultureInfo.InvariantCulture) + "%",
            await page.InnerTextAsync($"[data-testid='compare-value'][data-area='{england.GetProperty("code").GetString()}']"));
        Assert.Equal(14, await page.Locator("[data-testid='compare-chart'] g.bar").CountAsync()); // the area, 10 neighbours, their average, region, England
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "compare-areas.png"), FullPage = true });
    }

    [Fact]
    public async Task An_unknown_indicator_says_so()
    {
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/no_such_thing").ToString());

        Assert.Contains("There is no indicator 'no_such_thing'", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
