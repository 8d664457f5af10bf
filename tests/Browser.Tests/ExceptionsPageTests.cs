using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// The QA sub-group's challenge and response in the browser, each person signed in through the form in a browser of
/// their own: a QA member assigns an exception to children's social care, that agency's lead responds, the QA member
/// closes it, and the audit trail holds all three steps.
/// </summary>
public class ExceptionsPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Agency = "childrens_social_care";

    [Fact]
    public async Task QA_assigns_the_agency_lead_responds_QA_closes_and_the_audit_trail_shows_all_three()
    {
        var id = await OpenExceptionAsync();
        var qa = await session.NewPageAsync(BoardRoles.QaMember);
        var lead = await session.NewPageAsync(BoardRoles.AgencyLead, agencyId: Agency);

        await OpenAsync(qa, $"/exceptions?qaState=open&kind=spc_concern", "[data-testid='exception-link']");
        await OpenAsync(qa, $"/exceptions/{id}", "[data-testid='exception-facts']");
        await qa.Locator("#step-action").SelectOptionAsync("assign");
        await qa.Locator("#step-agency").SelectOptionAsync(Agency);
        await qa.GetByLabel("Comment (the challenge or the reason)").FillAsync("Please explain the rise in plans this quarter.");
        await qa.GetByRole(AriaRole.Button, new() { Name = "Assign to an agency" }).ClickAsync();
        await ExpectStateAsync(qa, "Assigned");
        await Shot(qa, "exception-assigned");

        await OpenAsync(lead, $"/exceptions/{id}", "[data-testid='exception-facts']");
        Assert.Equal(["respond"], await lead.Locator("#step-action option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        await lead.GetByLabel("The agency's response").FillAsync("Three large sibling groups came onto plans; reviewed at panel.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the agency's response" }).ClickAsync();
        await ExpectStateAsync(lead, "Responded");

        await OpenAsync(qa, $"/exceptions/{id}", "[data-testid='exception-facts']");
        await qa.Locator("#step-action").SelectOptionAsync("close");
        await qa.GetByLabel("Comment (the challenge or the reason)").FillAsync("Response accepted.");
        await qa.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await ExpectStateAsync(qa, "Closed");
        Assert.Equal(3, await qa.Locator("[data-testid='step']").CountAsync());
        await Shot(qa, "exception-closed");

        var audit = (await session.Api.GetFromJsonAsync<JsonElement>($"/api/audit?action=exception.step&subject=exception:{id}")).EnumerateArray().ToList();
        Assert.Equal(3, audit.Count);
        Assert.Contains("assign to childrens_social_care", audit[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("respond (assigned → responded)", audit[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("close (responded → closed)", audit[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Steps taken on the page carry the browser's address, as steps sent through the API do.
        Assert.All(audit, step => Assert.Equal("127.0.0.1", step.GetProperty("clientAddress").GetString()));
        Assert.StartsWith("agencylead.", audit[1].GetProperty("actor").GetString(), StringComparison.Ordinal);

        // The administrator sees the same three steps on the audit page.
        var admin = await session.NewPageAsync(BoardRoles.Admin);
        await OpenAsync(admin, $"/admin/audit?action=exception.step&subject=exception:{id}", "[data-testid='audit-event']");
        Assert.Equal(3, await admin.Locator("[data-testid='audit-event'][data-action='exception.step']").CountAsync());
        await Shot(admin, "audit-exception-steps");
    }

    private async Task OpenAsync(IPage page, string path, string ready)
    {
        await page.GotoAsync(new Uri(session.BaseAddress, path).ToString());
        // The audit trail is served without a live connection; the register's pages are interactive.
        var renderMode = path.StartsWith("/admin/audit", StringComparison.Ordinal) ? "static" : "interactive";
        await page.Locator($"main[data-render-mode='{renderMode}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
    }

    /// <summary>Waits for the form's answer: the step done and the exception in the state, or the refusal in words as the failure.</summary>
    private static async Task ExpectStateAsync(IPage page, string state)
    {
        var answer = page.Locator("[data-testid='step-done'], [data-testid='step-refusal']");
        try
        {
            await answer.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            await Shot(page, $"exception-no-answer-{state}");
            throw;
        }

        Assert.Equal("step-done", await answer.First.GetAttributeAsync("data-testid") is var kind && kind == "step-done" ? kind : await answer.First.TextContentAsync());
        await Assertions.Expect(page.Locator("[data-testid='qa-state']")).ToHaveTextAsync(state);
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"{name}.png"), FullPage = true });

    /// <summary>An SPC exception the demo raised at start that no step has touched.</summary>
    private async Task<long> OpenExceptionAsync()
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var page = await session.Api.GetFromJsonAsync<JsonElement>("/api/exceptions/register?qaState=open&kind=spc_concern&sort=-lastSeen&take=1");
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } item)
            {
                return item.GetProperty("id").GetInt64();
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The demo raised no open exception within a minute.");
    }
}
