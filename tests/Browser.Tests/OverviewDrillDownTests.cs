using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// The board overview as a BI tool: the quarter picked in the page, filters kept in the address, and the drill from a
/// tile to the indicator page and on to compare areas, with the numbers checked against the API at each step.
/// </summary>
public class OverviewDrillDownTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public async Task Picking_a_quarter_changes_the_figures_and_the_address()
    {
        var page = await OpenAsync("/");
        var series = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/contacts_24h_pct/series?area=E06000019");
        var quarters = series.GetProperty("points").EnumerateArray()
            .Where(p => p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal)).ToList();
        var earlier = quarters[^3];
        var key = earlier.GetProperty("period").GetString()!;

        await page.Locator(".overview-filters .filter").First.Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-dropdown-panel li", new() { HasTextString = key }).First.ClickAsync();
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Contains("quarter=" + key, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid='quarter']")).ToHaveTextAsync(key);

        var row = page.Locator("tr[data-indicator='contacts_24h_pct']");
        Assert.Equal(earlier.GetProperty("value").GetDouble().ToString("N1", Invariant) + "%", await row.Locator("[data-testid='value']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artefact("overview-quarter-picked.png"), FullPage = true });
    }

    [Fact]
    public async Task From_a_tile_to_the_indicator_page_and_on_to_compare_areas()
    {
        var page = await OpenAsync("/");
        var row = page.Locator("tr[data-indicator='cpp_rate_per_10k']");
        var shown = await row.Locator("[data-testid='value']").InnerTextAsync();

        await row.Locator("[data-testid='indicator-link']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/indicators/cpp_rate_per_10k", StringComparison.Ordinal));
        var catalogue = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_rate_per_10k");
        await Assertions.Expect(page.Locator("[data-testid='indicator-name']")).ToHaveTextAsync(catalogue.GetProperty("name").GetString()!);
        Assert.Contains(shown, await page.Locator("table").Last.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artefact("drill-indicator.png"), FullPage = true });

        await page.Locator("[data-testid='compare-link']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/indicators/cpp_rate_per_10k/compare", StringComparison.Ordinal));
        await page.Locator("[data-testid='compare-chart']").WaitForAsync();
        var period = (await page.InnerTextAsync("[data-testid='compare-summary']")).Split(' ')[0];
        var compare = await session.Api.GetFromJsonAsync<JsonElement>($"/api/indicators/cpp_rate_per_10k/compare?area=E06000019&period={period}");
        var england = compare.GetProperty("england");
        Assert.Equal(england.GetProperty("value").GetDouble().ToString("N1", Invariant),
            await page.InnerTextAsync($"[data-testid='compare-value'][data-area='{england.GetProperty("code").GetString()}']"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artefact("drill-compare.png"), FullPage = true });

        await page.Locator("nav.breadcrumbs a", new() { HasTextString = "Board overview" }).ClickAsync();
        await page.Locator("tr[data-indicator='cpp_rate_per_10k']").WaitForAsync();
    }

    [Fact]
    public async Task The_quartile_band_and_benchmarks_are_those_of_the_compare_api()
    {
        var page = await OpenAsync("/");
        var row = page.Locator("tr[data-indicator='cpp_starts_rate_per_10k']");
        var year = (await row.Locator("[data-testid='national-figure']").InnerTextAsync()).Split(':')[0];
        var compare = await session.Api.GetFromJsonAsync<JsonElement>($"/api/indicators/cpp_starts_rate_per_10k/compare?area=E06000019&period={Uri.EscapeDataString(year)}");

        Assert.Equal(compare.GetProperty("quartileBand").GetString(), await row.Locator("[data-testid='band']").InnerTextAsync());
        Assert.Contains($"rank {compare.GetProperty("nationalRank").GetInt32()} of {compare.GetProperty("localAuthoritiesWithValue").GetInt32()}",
            await row.Locator("[data-testid='national']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(compare.GetProperty("neighbours").GetProperty("average").GetDouble().ToString("N1", Invariant),
            await row.Locator("[data-testid='neighbours']").InnerTextAsync());

        await row.Locator("[data-testid='national']").ClickAsync();
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Contains("compare?period=" + year, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Priority_area_and_order_live_in_the_address_so_a_view_can_be_shared()
    {
        var priorities = await session.Api.GetFromJsonAsync<JsonElement>("/api/priorities");
        var second = priorities.EnumerateArray().ElementAt(1).GetProperty("id").GetString()!;

        var page = await OpenAsync($"/?priority={second}");
        Assert.Equal([second], await page.Locator("section.priority").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.priority)"));

        var attention = await OpenAsync("/?sort=attention");
        var counts = await attention.Locator("section.priority").EvaluateAllAsync<int[]>(
            "els => els.map(e => parseInt(e.querySelector('[data-testid=open-exceptions]')?.textContent ?? '0', 10))");
        Assert.True(counts[0] > 0, "a priority with open exceptions comes first");
        Assert.Equal(counts.OrderByDescending(c => c), counts);

        var worcestershire = await OpenAsync("/?area=E10000034");
        await Assertions.Expect(worcestershire.Locator("[data-testid='overview-heading']")).ToContainTextAsync("Worcestershire");
        var link = await worcestershire.Locator("tr[data-indicator='cpp_rate_per_10k'] [data-testid='indicator-link']").GetAttributeAsync("href");
        Assert.EndsWith("?area=E10000034", link, StringComparison.Ordinal);
        await worcestershire.ScreenshotAsync(new PageScreenshotOptions { Path = Artefact("overview-another-area.png"), FullPage = true });
    }

    [Fact]
    public async Task A_figure_from_a_partners_return_links_to_its_submission()
    {
        const string Csv = "indicator_id,area_code,period,value,numerator,denominator,status,note\nrepeat_da_pct,E06000019,2022-23 Q2,27.5,33,120,final,\n";
        var submissionId = await session.SendReturnAsync(Csv, "police", "police_overview.csv");

        var page = await OpenAsync("/?quarter=2022-23%20Q2");
        var row = page.Locator("tr[data-indicator='repeat_da_pct']");
        Assert.Equal("27.5%", await row.Locator("[data-testid='value']").InnerTextAsync());
        await row.Locator("[data-testid='submission-link']").ClickAsync();
        await page.WaitForURLAsync($"**/submissions/{submissionId}");
        await page.Locator("[data-testid='facts']").WaitForAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("police_overview.csv");
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await session.NewPageAsync(options: new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        await page.GotoAsync(new Uri(session.BaseAddress, path).ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();
        return page;
    }

    private static string Artefact(string name) => Path.Combine(BrowserSession.ArtifactsFolder, name);
}
