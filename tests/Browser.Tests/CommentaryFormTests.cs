using Safeguarding.Analytics.Domain.Readers;
using Microsoft.Playwright;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>The police lead says what is behind their figure on the indicator page; the board reads it there, versioned.</summary>
public class CommentaryFormTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_agency_lead_writes_commentary_on_their_indicator_and_it_is_shown_as_a_new_version()
    {
        var lead = await session.NewPageAsync(BoardRoles.AgencyLead, "police");
        await lead.GotoAsync(new Uri(session.BaseAddress, "/indicators/repeat_da_pct").ToString());
        await lead.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var form = lead.Locator("[data-testid='commentary-form']");
        var period = await form.Locator("[data-testid='commentary-period']").InputValueAsync();

        await lead.GetByLabel("Commentary", new() { Exact = true }).FillAsync("Two MARAC meetings were cancelled in the quarter; cases were heard the month after.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save commentary" }).ClickAsync();

        await Assertions.Expect(form.Locator("[data-testid='commentary-message']")).ToContainTextAsync($"for {period}");
        var note = lead.Locator($"[data-testid='commentary'][data-period='{period}'][data-agency='police']").Filter(new() { HasText = "Two MARAC meetings were cancelled" });
        await Assertions.Expect(note).ToHaveCountAsync(1);
        await lead.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "commentary-written.png"), FullPage = true });

        // A board member reads it and is offered no form; another agency's lead is offered none either.
        var board = await session.NewPageAsync(BoardRoles.BoardMember);
        await board.GotoAsync(new Uri(session.BaseAddress, "/indicators/repeat_da_pct").ToString());
        await board.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Assertions.Expect(board.Locator("[data-testid='commentary']").Filter(new() { HasText = "Two MARAC meetings were cancelled" })).ToHaveCountAsync(1);
        Assert.Equal(0, await board.Locator("[data-testid='commentary-form']").CountAsync());
        var health = await session.NewPageAsync(BoardRoles.AgencyLead, "health");
        await health.GotoAsync(new Uri(session.BaseAddress, "/indicators/repeat_da_pct").ToString());
        await health.Locator("[data-testid='points']").WaitForAsync();
        Assert.Equal(0, await health.Locator("[data-testid='commentary-form']").CountAsync());
    }
}
