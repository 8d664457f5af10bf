using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using static Safeguarding.Analytics.Integration.Tests.Accounts.AccountTestSupport;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>
/// A session whose password was set by someone else can do nothing but change it (and sign out), in every environment:
/// every page sends it to the password page, every API route refuses it with a problem that says why, and no personal
/// access token can be issued to it.
/// </summary>
public class PasswordChangeFirstTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task A_session_that_must_change_its_password_opens_no_page_and_no_api_route()
    {
        var userName = await AccountThatMustChangeAsync(host.Factory, BoardRoles.Admin);
        using var browser = SignInForm.Client(host.Factory.Server);
        using var signedIn = await SignInForm.SignInAsync(browser, userName, DashboardFactory.Password, "/methods");
        Assert.StartsWith("/account/password", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var page in new[] { "/", "/methods", "/account", "/admin/accounts", "/admin/audit", "/submissions" })
        {
            Assert.StartsWith("/account/password", await SentToAsync(browser, page), StringComparison.Ordinal);
        }

        using var api = await browser.GetAsync("/api/indicators");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Password change needed", problem.GetProperty("title").GetString());
        Assert.Contains("/account/password", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task A_session_that_must_change_its_password_cannot_issue_a_personal_access_token()
    {
        var userName = await AccountThatMustChangeAsync(host.Factory, BoardRoles.Analyst);
        using var browser = SignInForm.Client(host.Factory.Server);
        using var _ = await SignInForm.SignInAsync(browser, userName, DashboardFactory.Password);

        using var issued = await SignInForm.PostFormAsync(browser, "/account/password", "/account", new()
        {
            ["_handler"] = "issue-token",
            ["Issue.Name"] = "skipping the change",
            ["Issue.Days"] = "366",
        });

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.StartsWith("/account/password", issued.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(await TokensAsync(host.Factory, userName));
    }

    [Fact]
    public async Task Once_changed_the_session_opens_what_the_role_admits()
    {
        var userName = await AccountThatMustChangeAsync(host.Factory, BoardRoles.BoardMember);
        using var browser = SignInForm.Client(host.Factory.Server);
        using var signedIn = await SignInForm.SignInAsync(browser, userName, DashboardFactory.Password, "/methods");
        var page = signedIn.Headers.Location!.OriginalString;

        using var changed = await SignInForm.PostFormAsync(browser, page, page, new()
        {
            ["_handler"] = "change-password",
            ["Form.Current"] = DashboardFactory.Password,
            ["Form.New"] = "a password of my own choosing",
            ["Form.Confirm"] = "a password of my own choosing",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Null(await SentToAsync(browser, "/"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/indicators")).StatusCode);
    }
}
