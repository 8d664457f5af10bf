using Safeguarding.Analytics.Domain.Readers;
using Microsoft.Playwright;
using Safeguarding.Analytics.Integration.Tests.Journey;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// The newcomer's journey in the browser: after a first start on the demo, each agency's lead downloads its template
/// for the next quarter, fills it in and sends it from the Submissions page; the answer says loaded, the indicator page
/// shows the new quarter, and once every agency has sent, the overview opens on it. Then the quarter after.
/// </summary>
public class NewcomerJourneyPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Every_agency_sends_the_next_two_quarters_from_the_Submissions_page_and_the_board_reads_them()
    {
        var journey = new NewcomerJourney(session.Factory.Services, session.Api);
        await journey.AssertJobsRanWithoutErrorAsync();
        var quarter = (await journey.OverviewQuarterAsync()).Next();
        var agencies = await journey.AgenciesAsync();
        for (var step = 0; step < 2; step++, quarter = quarter.Next())
        {
            foreach (var (agencyId, source) in agencies)
            {
                using var lead = session.ApiAs(BoardRoles.AgencyLead, agencyId);
                var filled = await journey.FillTemplateAsync(lead, agencyId, quarter);
                if (filled.Figures.Count == 0)
                {
                    Assert.NotEqual(4, quarter.Quarter);
                    continue;
                }

                var page = await session.NewPageAsync(BoardRoles.AgencyLead, agencyId);
                await page.GotoAsync(new Uri(session.BaseAddress, "/submissions").ToString());
                await page.Locator("[data-interactive='true']").WaitForAsync();
                await page.SelectOptionAsync("[data-testid='quarter']", quarter.Key);
                await page.SetInputFilesAsync("[data-testid='file']", new FilePayload
                {
                    Name = $"{agencyId}-{quarter.Key}.xlsx",
                    MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    Buffer = filled.ToWorkbook(),
                });
                await page.ClickAsync("[data-testid='send']:not([disabled])");
                var answer = page.Locator("[data-testid='result']");
                await answer.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
                await page.Locator("[data-testid='result']:not([data-status='received']):not([data-status='processing'])").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
                Assert.True(await answer.GetAttributeAsync("data-status") == "loaded", $"{agencyId} {quarter.Key}: {await answer.InnerTextAsync()}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"journey-{agencyId}-{quarter.Key.Replace(' ', '-')}.png"), FullPage = true });

                foreach (var figure in filled.Figures)
                {
                    await journey.AssertInSeriesAsync(figure, source);
                }

                var first = filled.Figures[0];
                await page.GotoAsync(new Uri(session.BaseAddress, $"/indicators/{first.IndicatorId}").ToString());
                Assert.Contains(first.PeriodKey, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
                await page.CloseAsync();
            }

            await journey.AssertJobsRanWithoutErrorAsync();
            var board = await session.NewPageAsync(BoardRoles.BoardMember);
            await board.GotoAsync(session.BaseAddress.ToString());
            Assert.Equal(quarter.Key, await board.Locator("strong[data-testid='quarter']").InnerTextAsync());
            await board.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"journey-overview-{quarter.Key.Replace(' ', '-')}.png") });
            await board.CloseAsync();
        }
    }
}
