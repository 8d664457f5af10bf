using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using static Safeguarding.Analytics.Integration.Tests.Accounts.AccountTestSupport;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>
/// The Accounts pages, for administrators only: an account added there has a temporary password shown once, which its
/// person must change at first sign-in; a reset does the same and ends their sessions; anyone's token can be revoked;
/// an administrator cannot disable or re-role themselves; every action is in the audit trail.
/// </summary>
public partial class AccountsPageTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task An_added_account_signs_in_with_its_temporary_password_and_must_change_it_first()
    {
        using var administrator = await SignedInAsync(host.Factory, host.Factory.CreateAccount(BoardRoles.Admin));
        var userName = $"new.lead.{Guid.NewGuid():N}"[..20];

        using var added = await SignInForm.PostFormAsync(administrator, "/admin/accounts", "/admin/accounts", new()
        {
            ["_handler"] = "add-account",
            ["Add.UserName"] = userName,
            ["Add.DisplayName"] = "Pat Police",
            ["Add.Role"] = BoardRoles.AgencyLead,
            ["Add.AgencyId"] = "police",
        });

        var html = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var temporary = TemporaryPassword().Match(html).Groups[1].Value;
        Assert.Equal(16, temporary.Length);
        var account = await AccountAsync(host.Factory, userName);
        Assert.Equal((BoardRoles.AgencyLead, "police", true), (account.Role, account.AgencyId, account.MustChangePassword));

        using var browser = SignInForm.Client(host.Factory.Server);
        using var signedIn = await SignInForm.SignInAsync(browser, userName, temporary, "/submissions");
        Assert.StartsWith("/account/password", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/account/password", await SentToAsync(browser, "/submissions"), StringComparison.Ordinal);
        var created = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{userName}&action=account.created")).EnumerateArray().Single();
        Assert.StartsWith("admin.", created.GetProperty("actor").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(temporary, created.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_that_cannot_be_added_is_refused_with_the_reason_and_nothing_is_stored()
    {
        using var administrator = await SignedInAsync(host.Factory, host.Factory.CreateAccount(BoardRoles.Admin));

        using var refused = await SignInForm.PostFormAsync(administrator, "/admin/accounts", "/admin/accounts", new()
        {
            ["_handler"] = "add-account",
            ["Add.UserName"] = "lead.without.agency",
            ["Add.DisplayName"] = "No agency",
            ["Add.Role"] = BoardRoles.AgencyLead,
            ["Add.AgencyId"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("An agency lead answers for one agency", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await AccountAsync(host.Factory, "lead.without.agency"));
    }

    [Fact]
    public async Task A_reset_password_must_be_changed_at_the_next_sign_in_and_ends_the_persons_sessions()
    {
        var person = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var theirs = await SignedInAsync(host.Factory, person);
        using var administrator = await SignedInAsync(host.Factory, host.Factory.CreateAccount(BoardRoles.Admin));

        using var reset = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{person}", $"/admin/accounts/{person}", new() { ["_handler"] = "reset-password" });

        var temporary = TemporaryPassword().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("/account/sign-in", await SentToAsync(theirs, "/"), StringComparison.Ordinal);
        using var browser = SignInForm.Client(host.Factory.Server);
        using var signedIn = await SignInForm.SignInAsync(browser, person, temporary);
        Assert.StartsWith("/account/password", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var trail = await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{person}&action=account.password_reset");
        Assert.Single(trail.EnumerateArray());
    }

    [Fact]
    public async Task An_administrator_revokes_someone_elses_token_and_it_is_refused_at_once()
    {
        var person = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var api = WithToken(host.Factory, host.Factory.IssueToken(person));
        var token = Assert.Single(await TokensAsync(host.Factory, person));
        var admin = host.Factory.CreateAccount(BoardRoles.Admin);
        using var administrator = await SignedInAsync(host.Factory, admin);

        using var revoked = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{person}", $"/admin/accounts/{person}", new() { ["_handler"] = $"revoke-{token.Id}" });

        Assert.Contains($"Token {token.Id} of ", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/indicators")).StatusCode);
        var trail = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{person}&action=account.token_revoked")).EnumerateArray().Single();
        Assert.Equal(admin, trail.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_re_role_their_own_account()
    {
        var admin = host.Factory.CreateAccount(BoardRoles.Admin);
        using var administrator = await SignedInAsync(host.Factory, admin);

        using var disabled = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{admin}", $"/admin/accounts/{admin}", new() { ["_handler"] = "disable" });
        using var demoted = await SignInForm.PostFormAsync(administrator, $"/admin/accounts/{admin}", $"/admin/accounts/{admin}", new()
        {
            ["_handler"] = "change-role",
            ["Role.Role"] = BoardRoles.BoardMember,
        });

        Assert.Equal(HttpStatusCode.BadRequest, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, demoted.StatusCode);
        var account = await AccountAsync(host.Factory, admin);
        Assert.Equal((BoardRoles.Admin, false), (account.Role, account.IsDisabled));
        Assert.Null(await SentToAsync(administrator, "/admin/accounts"));
    }

    [Fact]
    public async Task Only_administrators_open_the_accounts_pages()
    {
        foreach (var role in BoardRoles.All.Where(r => r != BoardRoles.Admin))
        {
            using var browser = await SignedInAsync(host.Factory, host.Factory.CreateAccount(role, role == BoardRoles.AgencyLead ? "police" : null));
            Assert.StartsWith("/account/access-denied", await SentToAsync(browser, "/admin/accounts"), StringComparison.Ordinal);
        }

        using var administrator = await SignedInAsync(host.Factory, host.Factory.CreateAccount(BoardRoles.Admin));
        Assert.Null(await SentToAsync(administrator, "/admin/accounts"));
    }

    [GeneratedRegex("data-testid=\"temporary-password\">([^<]+)<")]
    private static partial Regex TemporaryPassword();
}
