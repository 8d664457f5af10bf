using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using static Safeguarding.Analytics.Integration.Tests.Accounts.AccountTestSupport;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>
/// Sessions that can be ended: each carries its account's security stamp, checked on every request. A new password
/// ends every other session of the account (the one that changed it goes on); an administrator's change of role ends
/// the person's session; disabling ends it and refuses the account's tokens; "sign out everywhere" ends them all. A
/// change made by another instance (straight in the shared app store) counts within a minute.
/// </summary>
public class SessionEndingTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task A_password_change_ends_every_other_session_of_the_account_and_not_its_own()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.QaMember);
        using var here = await SignedInAsync(host.Factory, userName);
        using var elsewhere = await SignedInAsync(host.Factory, userName);
        Assert.Null(await SentToAsync(elsewhere, "/"));

        using var changed = await SignInForm.PostFormAsync(here, "/account/password", "/account/password", new()
        {
            ["_handler"] = "change-password",
            ["Form.Current"] = DashboardFactory.Password,
            ["Form.New"] = "a new password of my own",
            ["Form.Confirm"] = "a new password of my own",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Null(await SentToAsync(here, "/"));
        Assert.StartsWith("/account/sign-in", await SentToAsync(elsewhere, "/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/indicators")).StatusCode);
    }

    [Fact]
    public async Task An_administrators_change_of_role_ends_the_persons_session_and_the_next_one_has_the_new_role()
    {
        var person = host.Factory.CreateAccount(BoardRoles.QaMember);
        using var theirs = await SignedInAsync(host.Factory, person);
        Assert.Null(await SentToAsync(theirs, "/submissions"));
        using var administrator = await SignedInAsync(host.Factory, host.Factory.CreateAccount(BoardRoles.Admin));

        using var changed = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{person}", $"/admin/accounts/{person}", new()
        {
            ["_handler"] = "change-role",
            ["Role.Role"] = BoardRoles.BoardMember,
            ["Role.AgencyId"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("is now Board member", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", await SentToAsync(theirs, "/"), StringComparison.Ordinal);
        using var again = await SignedInAsync(host.Factory, person);
        Assert.StartsWith("/account/access-denied", await SentToAsync(again, "/submissions"), StringComparison.Ordinal);
        var trail = await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{person}&action=account.role_changed");
        Assert.Contains("to Board member", trail.EnumerateArray().Single().GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_session_refuses_its_token_and_its_password_until_enabled()
    {
        var person = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var theirs = await SignedInAsync(host.Factory, person);
        using var api = WithToken(host.Factory, host.Factory.IssueToken(person));
        using var administrator = await SignedInAsync(host.Factory, host.Factory.CreateAccount(BoardRoles.Admin));

        using var disabled = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{person}", $"/admin/accounts/{person}", new() { ["_handler"] = "disable" });

        Assert.Contains("is disabled", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", await SentToAsync(theirs, "/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/indicators")).StatusCode);
        using var browser = SignInForm.Client(host.Factory.Server);
        using var refused = await SignInForm.SignInAsync(browser, person, DashboardFactory.Password);
        Assert.Contains("problem=disabled", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var enabled = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{person}", $"/admin/accounts/{person}", new() { ["_handler"] = "disable" });
        Assert.Contains("is enabled again", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/indicators")).StatusCode);
        var actions = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{person}")).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("account.disabled", actions);
        Assert.Contains("account.enabled", actions);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_account()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.BoardMember);
        using var here = await SignedInAsync(host.Factory, userName);
        using var elsewhere = await SignedInAsync(host.Factory, userName);

        using var everywhere = await SignInForm.PostFormAsync(here, "/account", "/account", new() { ["_handler"] = "sign-out-everywhere" });

        Assert.Contains("problem=signed-out-everywhere", everywhere.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", await SentToAsync(here, "/"), StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", await SentToAsync(elsewhere, "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_by_another_instance_ends_the_session_within_a_minute()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.BoardMember);
        using var browser = await SignedInAsync(host.Factory, userName);
        Assert.Null(await SentToAsync(browser, "/"));

        await ChangeAsync(host.Factory, userName, (store, _, account) => store.RenewSecurityStampAsync(account.Id));

        var ended = DateTime.UtcNow.AddSeconds(61);
        string? sentTo = null;
        while (sentTo is null && DateTime.UtcNow < ended)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            sentTo = await SentToAsync(browser, "/methods");
        }

        Assert.StartsWith("/account/sign-in", sentTo, StringComparison.Ordinal);
    }
}
