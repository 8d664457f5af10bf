using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.Analytics.Domain.Readers;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>The administrator's own reading of the audit trail in a browser is itself in the trail, once per opening.</summary>
public class AuditTrailPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Opening_the_audit_page_in_a_browser_records_one_read_with_the_browsers_address()
    {
        var admin = session.Factory.CreateAccount(BoardRoles.Admin);
        var page = await session.Browser.NewPageAsync();
        await session.SignInAsync(page, admin);

        await page.GotoAsync(new Uri(session.BaseAddress, "/admin/audit?action=comparator.loaded").ToString());
        await page.Locator("[data-testid='audit-event']").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        // Time for a live connection to start and render the page a second time, were the page served with one.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var reads = await session.Api.GetFromJsonAsync<JsonElement>($"/api/audit?actor={admin}&action=audit.read");
        var read = Assert.Single(reads.EnumerateArray());
        Assert.Equal("page", read.GetProperty("subjectId").GetString());
        Assert.Equal("127.0.0.1", read.GetProperty("clientAddress").GetString());
        Assert.StartsWith("action comparator.loaded, limit 1000; ", read.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
