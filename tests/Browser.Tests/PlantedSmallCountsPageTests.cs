using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Integration.Tests.Returns;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// A quarter on 3 re-referrals of 41 (7.317…%) planted through a children's social care return, read in Chromium: a
/// board member finds it withheld on the indicator page and on the compare page for that quarter, with the reason in
/// words (fewer than 6, not shown); the analyst finds it whole. The planted figures of the other kinds (a year, an
/// authority beside the home area) and every other page and address are the attacker's test's
/// (Integration.Tests/Disclosure/PlantedSmallCountsTests).
/// </summary>
public partial class PlantedSmallCountsPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Indicator = "rereferrals_12m_pct";
    private const string Quarter = "2023-24 Q2";
    private const string Home = "E06000019";

    private static readonly SemaphoreSlim Planting = new(1, 1);
    private static bool _planted;

    [Fact]
    public async Task A_board_member_finds_the_planted_quarter_withheld_with_the_reason_on_the_indicator_page()
    {
        await PlantAsync();
        var page = await session.NewPageAsync(BoardRoles.BoardMember);
        var row = await PointsRowAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "planted-small-count-indicator-board-member.png"), FullPage = true });

        var text = await row.InnerTextAsync();
        Assert.False(Numbers(text).Contains("7.3"), $"/indicators/{Indicator} shows a board member the planted 7.3% in its {Quarter} row: {text}");
        Assert.False(Numbers(text).Contains("3") && Numbers(text).Contains("41"), $"The row shows 3 of 41: {text}");
        Assert.True(SaysWhy(text), $"The row for {Quarter} does not say why its figure is not shown: {text}");
    }

    [Fact]
    public async Task A_board_member_finds_the_planted_quarter_withheld_with_the_reason_on_the_compare_page()
    {
        await PlantAsync();
        var page = await session.NewPageAsync(BoardRoles.BoardMember);
        var main = await ComparePageAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "planted-small-count-compare-board-member.png"), FullPage = true });

        var home = await page.Locator($"[data-testid='compare-table'] [data-area='{Home}']").First.InnerTextAsync();
        Assert.False(Numbers(home).Contains("7.3"), $"/indicators/{Indicator}/compare?period={Quarter} shows a board member the home area's planted 7.3%: {home}");
        Assert.True(SaysWhy(main), $"The compare page for {Quarter} does not say why the area's figure is not shown.");
    }

    [Fact]
    public async Task The_analyst_finds_the_planted_quarter_whole_on_both_pages()
    {
        await PlantAsync();
        var page = await session.NewPageAsync(BoardRoles.Analyst);
        var row = await PointsRowAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "planted-small-count-indicator-analyst.png"), FullPage = true });
        Assert.Equal("7.3%", (await row.Locator("[data-testid='value']").InnerTextAsync()).Trim());
        Assert.True(Numbers(await row.InnerTextAsync()).IsSupersetOf(["3", "41"]));

        await ComparePageAsync(page);
        Assert.Equal("7.3%", (await page.Locator($"[data-testid='compare-table'] [data-area='{Home}']").First.InnerTextAsync()).Trim());
    }

    private async Task<ILocator> PointsRowAsync(IPage page)
    {
        await page.GotoAsync(new Uri(session.BaseAddress, $"/indicators/{Indicator}?area={Home}").ToString());
        var row = page.Locator($"[data-testid='points'] tr[data-period='{Quarter}']");
        await row.WaitForAsync(new() { Timeout = 60_000 });
        return row;
    }

    private async Task<string> ComparePageAsync(IPage page)
    {
        await page.GotoAsync(new Uri(session.BaseAddress, $"/indicators/{Indicator}/compare?area={Home}&period={Uri.EscapeDataString(Quarter)}").ToString());
        await page.Locator("[data-testid='compare-table']").WaitForAsync(new() { Timeout = 60_000 });
        return await page.InnerTextAsync("main");
    }

    /// <summary>The reason in words, as the disclosure rule gives it: "fewer than 6 …: not shown".</summary>
    private static bool SaysWhy(string text) =>
        text.Contains("fewer than 6", StringComparison.OrdinalIgnoreCase) || text.Contains("not shown", StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Numbers(string text) =>
        Number().Matches(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The planted quarter, sent once for the class as children's social care's return for the quarter.</summary>
    private async Task PlantAsync()
    {
        await Planting.WaitAsync();
        try
        {
            if (!_planted)
            {
                var csv = $"{ReturnFiles.Header}\n{Indicator},{Home},{Quarter},7.3,3,41,final,\n";
                await session.SendReturnAsync(csv, "childrens_social_care", "childrens social care 2023-24 Q2.csv");
                _planted = true;
            }
        }
        finally
        {
            Planting.Release();
        }
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();
}
