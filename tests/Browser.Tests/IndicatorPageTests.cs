using Safeguarding.Analytics.Domain.Readers;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>A board member drills from the overview into one indicator: its chart, every figure, its exceptions.</summary>
public class IndicatorPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Clicking_an_indicator_opens_its_chart_and_figures_which_match_the_api()
    {
        var open = await OpenExceptionsAsync("cpp_2yrs_plus_pct"); // the evaluation at start runs in the background
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        // A click while the overview's circuit connects can be lost as the page is rendered anew: click once it is live.
        await page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("tr[data-indicator='cpp_2yrs_plus_pct'] [data-testid='indicator-link']").ClickAsync();
        await page.WaitForURLAsync("**/indicators/cpp_2yrs_plus_pct");
        await page.Locator("[data-testid='points']").WaitForAsync(new() { Timeout = 60_000 });

        Assert.EndsWith("/indicators/cpp_2yrs_plus_pct", page.Url, StringComparison.Ordinal);
        // The page is the analyst's, who sees every figure; the API answers the analyst alike.
        using var analystApi = session.ApiAs(BoardRoles.Analyst);
        var series = await analystApi.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_2yrs_plus_pct/series?area=E06000019");
        var latest = series.GetProperty("points").EnumerateArray().Last();
        var row = page.Locator($"[data-testid='points'] tr[data-period='{latest.GetProperty("period").GetString()}']");
        Assert.Equal(latest.GetProperty("value").GetDouble().ToString("N1", CultureInfo.InvariantCulture) + "%", await row.Locator("[data-testid='value']").InnerTextAsync());
        Assert.Contains("special cause: concern", await row.InnerTextAsync(), StringComparison.Ordinal);

        var concerns = await page.Locator("[data-testid='spc-chart'] circle.special_cause_concern").CountAsync();
        var apiConcerns = series.GetProperty("points").EnumerateArray()
            .Count(p => p.GetProperty("spc").ValueKind == JsonValueKind.Object && p.GetProperty("spc").GetProperty("pointType").GetString() == "special_cause_concern");
        Assert.Equal(apiConcerns, concerns);
        Assert.Contains("lower is better", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.True(open > 0);
        Assert.Equal(await OpenExceptionsAsync("cpp_2yrs_plus_pct"), await ShownExceptionsAsync(page));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "indicator-page.png"), FullPage = true });

        await page.ClickAsync("nav.breadcrumbs a");
        await page.Locator("tr[data-indicator='cpp_2yrs_plus_pct']").WaitForAsync();
    }

    /// <summary>
    /// The open exceptions the page lists. An analytics refresh (after start, or after another test's return) may change
    /// the register between the page's read and the API's, so the page is read again, a few times, until they agree.
    /// </summary>
    private async Task<int> ShownExceptionsAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            var shown = await page.Locator("[data-testid='exceptions'] li").CountAsync();
            if (shown == await OpenExceptionsAsync("cpp_2yrs_plus_pct") || attempt == 5)
            {
                return shown;
            }

            await Task.Delay(500);
            await page.ReloadAsync();
            await page.Locator("[data-testid='points']").WaitForAsync();
        }
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
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/cpp_repeat_pct").ToString());
        await page.ClickAsync("[data-testid='compare-link']");
        await page.Locator("[data-testid='compare-chart']").WaitForAsync();
        // The chart's bars are drawn once the page's circuit connects, which on a loaded machine is a while after it shows.
        await page.Locator("[data-testid='compare-chart'] g.bar").Nth(13).WaitForAsync(new() { Timeout = 60_000 });

        var summary = await page.InnerTextAsync("[data-testid='compare-summary']");
        var period = summary.Split(' ')[0];
        using var analystApi = session.ApiAs(BoardRoles.Analyst);
        var compare = await analystApi.GetFromJsonAsync<JsonElement>($"/api/indicators/cpp_repeat_pct/compare?area=E06000019&period={period}");
        Assert.Contains($"ranked {compare.GetProperty("nationalRank").GetInt32()} of {compare.GetProperty("localAuthoritiesWithValue").GetInt32()}", summary, StringComparison.Ordinal);
        var england = compare.GetProperty("england");
        Assert.Equal(
            england.GetProperty("value").GetDouble().ToString("N1", CultureInfo.InvariantCulture) + "%",
            await page.InnerTextAsync($"[data-testid='compare-value'][data-area='{england.GetProperty("code").GetString()}']"));
        Assert.Equal(14, await page.Locator("[data-testid='compare-chart'] g.bar").CountAsync()); // the area, 10 neighbours, their average, region, England
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "compare-areas.png"), FullPage = true });
    }

    [Fact]
    public async Task The_chart_draws_the_comparators_with_a_legend_and_a_point_drills_to_that_periods_comparison_as_the_api_gives_it()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/cpp_repeat_pct").ToString());
        await page.Locator("[data-interactive='true'], [data-testid='spc-chart']").First.WaitForAsync();

        var chart = page.Locator("[data-testid='spc-chart']");
        Assert.Equal(["neighbours", "region", "england"], await chart.Locator("svg [data-testid='comparator-line']").EvaluateAllAsync<string[]>("lines => lines.map(l => l.dataset.comparator)"));
        var legend = await chart.Locator("[data-testid='spc-legend']").InnerTextAsync();
        Assert.Contains("Statistical neighbours' average", legend, StringComparison.Ordinal);
        Assert.Contains("England", legend, StringComparison.Ordinal);
        Assert.Contains("published for whole years", await chart.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("statistical neighbours", await page.InnerTextAsync("[data-testid='indicator-summary']"), StringComparison.Ordinal);
        var forecast = await session.Api.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_repeat_pct/forecast?area=E06000019");
        Assert.Equal(forecast.GetProperty("shown").GetBoolean() ? 1 : 0, await chart.Locator("[data-testid='forecast']").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "indicator-chart-comparators.png"), FullPage = true });

        var point = chart.Locator("a.spc-point-link[data-period='2023-24 Q3']"); // a quarter of a year with published comparators
        var period = await point.GetAttributeAsync("data-period");
        Assert.StartsWith($"{period}: ", await point.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await point.FocusAsync();
        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "indicator-chart-point-focused.png") });
        await page.Keyboard.PressAsync("Enter"); // the points are links a keyboard reaches
        await page.Locator("[data-testid='compare-chart']").WaitForAsync();

        Assert.Contains($"period={Uri.EscapeDataString(period!)}", page.Url, StringComparison.Ordinal);
        Assert.StartsWith(period + " ", await page.InnerTextAsync("[data-testid='compare-summary']"), StringComparison.Ordinal);
        await AssertComparisonMatchesApiAsync(page, period!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "indicator-point-compare.png"), FullPage = true });

        // The quarter has no published comparators of its own: the page offers its year, which has them.
        Assert.Equal("compare areas for 2023-24", await page.InnerTextAsync("[data-testid='compare-year-link']"));
        await page.ClickAsync("[data-testid='compare-year-link']");
        var year = await AssertComparisonMatchesApiAsync(page, "2023-24");
        Assert.Equal(JsonValueKind.Number, year.GetProperty("england").GetProperty("value").ValueKind);

        Assert.Equal("Board overview › Child protection plans for a second or subsequent time › Compare areas", (await page.InnerTextAsync("nav.breadcrumbs")).Trim());
        await page.ClickAsync("[data-testid='indicator-crumb']");
        await page.Locator("[data-testid='spc-chart']").WaitForAsync();
    }

    [Fact]
    public async Task The_agencies_commentary_is_shown_beside_the_chart_as_the_api_gives_it()
    {
        var notes = await session.Api.GetFromJsonAsync<JsonElement>("/api/commentary?indicator=contacts_24h_pct&area=E06000019");
        var note = notes.EnumerateArray().First();

        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/contacts_24h_pct").ToString());
        var shown = page.Locator("[data-testid='commentary']");
        await shown.First.WaitForAsync();

        Assert.Equal(notes.GetArrayLength(), await shown.CountAsync());
        Assert.Contains(note.GetProperty("text").GetString()!, await shown.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(note.GetProperty("period").GetString()!, await shown.First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_from_a_partners_return_links_to_its_submission_and_a_published_figure_names_its_source()
    {
        const string Csv = "indicator_id,area_code,period,value,numerator,denominator,status,note\nrepeat_da_pct,E06000019,2022-23 Q2,27.5,33,120,final,\n";
        var submissionId = await session.SendReturnAsync(Csv, "police", "police_resubmission.csv");

        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/repeat_da_pct").ToString());
        var row = page.Locator("[data-testid='points'] tr[data-period='2022-23 Q2']");
        Assert.Equal("27.5%", await row.Locator("[data-testid='value']").InnerTextAsync());
        Assert.Contains("Compare", await row.Locator("[data-testid='compare-period-link']").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "indicator-submission-links.png"), FullPage = true });
        await row.Locator("[data-testid='submission-link']").ClickAsync();
        await page.WaitForURLAsync($"**/submissions/{submissionId}");
        await page.Locator("[data-testid='facts']").WaitForAsync();
        Assert.Contains("police_resubmission.csv", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/cpp_repeat_pct").ToString());
        var published = page.Locator("[data-testid='points'] tr[data-period='2023-24']");
        Assert.Equal(0, await published.Locator("[data-testid='submission-link']").CountAsync());
        Assert.StartsWith("LAIT", await published.Locator("[data-testid='source']").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>The compare page's area, region and England figures are those the compare API gives for the period.</summary>
    private async Task<JsonElement> AssertComparisonMatchesApiAsync(IPage page, string period)
    {
        await page.Locator($"[data-testid='compare-summary']:text-matches('^{period} ·')").WaitForAsync();
        var compare = await session.Api.GetFromJsonAsync<JsonElement>($"/api/indicators/cpp_repeat_pct/compare?area=E06000019&period={Uri.EscapeDataString(period)}");
        foreach (var figure in new[] { compare.GetProperty("area"), compare.GetProperty("england"), compare.GetProperty("region") })
        {
            var value = figure.GetProperty("value");
            Assert.Equal(
                value.ValueKind == JsonValueKind.Null ? "–" : value.GetDouble().ToString("N1", CultureInfo.InvariantCulture) + "%",
                await page.InnerTextAsync($"[data-testid='compare-value'][data-area='{figure.GetProperty("code").GetString()}']"));
        }

        return compare;
    }

    [Fact]
    public async Task An_unknown_indicator_says_so()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/no_such_thing").ToString());

        Assert.Contains("There is no indicator 'no_such_thing'", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
