using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Integration.Tests.CouncilSignIn.Provider;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Integration.Tests.CouncilSignIn;

/// <summary>
/// Council sign-in against a real OpenID Connect provider on loopback (OpenIddict): the account is the provider's
/// issuer and subject, created at the first sign-in with the role the groups map to; a group that maps to nothing is
/// refused on a page saying whom to ask; a changed user name at the provider keeps the account and takes over no local
/// one; a disabled account is refused and its session ended.
/// </summary>
public sealed class CouncilSignInTests : IAsyncLifetime, IDisposable
{
    private CouncilProvider _provider = null!;
    private DashboardFactory _dashboard = null!;

    public async Task InitializeAsync()
    {
        _provider = await CouncilProvider.StartAsync("http://localhost/signin-council");
        _dashboard = new DashboardFactory(settings: new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = _provider.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = CouncilProvider.ClientId,
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
            ["Authentication:OpenIdConnect:RoleClaim"] = CouncilProvider.GroupsClaim,
            ["Authentication:OpenIdConnect:RoleMap:SG-Partnership-Analysts"] = BoardRoles.Analyst,
            ["Authentication:OpenIdConnect:RoleMap:SG-QA-Subgroup"] = BoardRoles.QaMember,
            ["Authentication:OpenIdConnect:AskForRole"] = "the partnership business unit",
        });
        _ = _dashboard.Server;
    }

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    public void Dispose() => _dashboard.Dispose();

    [Fact]
    public async Task A_first_council_sign_in_creates_the_account_bound_to_issuer_and_subject_with_the_mapped_role()
    {
        _provider.People["7d1e-analyst"] = new CouncilPerson("7d1e-analyst", "Alex.Analyst", "Alex Analyst", "Everyone", "SG-Partnership-Analysts");
        using var browser = new CouncilBrowser(_dashboard);

        using var signedIn = await browser.SignInAsync(_provider, "7d1e-analyst");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        var account = await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "7d1e-analyst"));
        Assert.NotNull(account);
        Assert.Equal(("alex.analyst", "Alex Analyst", BoardRoles.Analyst, (string?)null), (account.UserName, account.DisplayName, account.Role, account.AgencyId));
        Assert.Null(account.PasswordHash);
        using var tokens = await browser.Dashboard.GetAsync("/api/account/tokens");
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        var password = await browser.Dashboard.GetStringAsync("/account/password");
        Assert.Contains("change your password there", password, StringComparison.Ordinal);
        Assert.DoesNotContain("Current password", password, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_council_account_whose_groups_map_to_no_role_is_refused_on_a_page_saying_whom_to_ask_and_audited()
    {
        _provider.People["9a0c-finance"] = new CouncilPerson("9a0c-finance", "fin.officer", "Fin Officer", "Everyone", "Finance");
        using var browser = new CouncilBrowser(_dashboard);

        using var refused = await browser.SignInAsync(_provider, "9a0c-finance");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("your council account's groups give no role here", page, StringComparison.Ordinal);
        Assert.Contains("ask the partnership business unit", page, StringComparison.Ordinal);
        Assert.Null(await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "9a0c-finance")));
        Assert.Null(await StoreAsync(s => s.FindAccountAsync("fin.officer")));
        using var notSignedIn = await browser.Dashboard.GetAsync("/api/account/tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, notSignedIn.StatusCode);
        var audit = await StoreAsync(s => s.GetAuditAsync(new AuditFilter { Action = AuditActions.SignInRefused }));
        Assert.Contains(audit, e => e.SubjectId == "fin.officer" && e.Detail!.Contains("9a0c-finance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_subject_whose_user_name_changes_at_the_provider_keeps_its_account_and_takes_over_no_local_one()
    {
        var local = _dashboard.CreateAccount(BoardRoles.Admin);
        _provider.People["41b7-pat"] = new CouncilPerson("41b7-pat", "pat.example", "Pat Example", "SG-QA-Subgroup");
        using (var first = new CouncilBrowser(_dashboard))
        using (var signedIn = await first.SignInAsync(_provider, "41b7-pat"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var before = (await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "41b7-pat")))!;

        // At the provider, Pat renames themself to the local administrator's user name.
        _provider.People["41b7-pat"] = new CouncilPerson("41b7-pat", local, "Pat Renamed", "SG-QA-Subgroup");
        using var browser = new CouncilBrowser(_dashboard);
        using var again = await browser.SignInAsync(_provider, "41b7-pat");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var after = (await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "41b7-pat")))!;
        Assert.Equal((before.Id, "pat.example", BoardRoles.QaMember), (after.Id, after.UserName, after.Role));
        var administrator = (await StoreAsync(s => s.FindAccountAsync(local)))!;
        Assert.Equal(BoardRoles.Admin, administrator.Role);
        Assert.NotNull(administrator.PasswordHash);
        Assert.Null(administrator.CouncilSubject);

        // A new subject whose provider name is the local account's gets an account of its own, not the local one.
        _provider.People["5c2d-new"] = new CouncilPerson("5c2d-new", local, "Someone New", "SG-QA-Subgroup");
        using var newcomer = new CouncilBrowser(_dashboard);
        using var newcomerSignedIn = await newcomer.SignInAsync(_provider, "5c2d-new");
        var created = (await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "5c2d-new")))!;
        Assert.NotEqual(administrator.Id, created.Id);
        Assert.StartsWith(local + "-", created.UserName, StringComparison.Ordinal);
        Assert.Equal(BoardRoles.QaMember, created.Role);
    }

    [Fact]
    public async Task A_disabled_council_account_is_refused_and_its_open_session_ends()
    {
        _provider.People["e3f0-sam"] = new CouncilPerson("e3f0-sam", "sam.member", "Sam Member", "SG-Partnership-Analysts");
        using var browser = new CouncilBrowser(_dashboard);
        using (var signedIn = await browser.SignInAsync(_provider, "e3f0-sam"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using (var open = await browser.Dashboard.GetAsync("/api/account/tokens"))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        var account = (await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "e3f0-sam")))!;
        await StoreAsync(s => s.SetAccountDisabledAsync(account.Id, DateTime.UtcNow));
        _dashboard.Services.GetRequiredService<SessionStamps>().Forget(account.UserName);

        using (var ended = await browser.Dashboard.GetAsync("/api/account/tokens"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        }

        using var refused = await new CouncilBrowser(_dashboard).SignInAsync(_provider, "e3f0-sam");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("is disabled here", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stillOut = await browser.Dashboard.GetAsync("/api/account/tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, stillOut.StatusCode);
    }

    [Fact]
    public async Task An_account_an_administrator_binds_to_a_subject_is_the_one_its_council_sign_in_finds_and_its_password_stops_working()
    {
        var administrator = _dashboard.CreateAccount(BoardRoles.Admin);
        var local = _dashboard.CreateAccount(BoardRoles.QaMember);
        _provider.People["b0d5-kim"] = new CouncilPerson("b0d5-kim", "kim.at.council", "Kim Council", "SG-QA-Subgroup");
        using (var scope = _dashboard.Services.CreateScope())
        {
            var change = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                .LinkCouncilAsync(new BoardPerson(administrator, "Admin", BoardRoles.Admin, null), local, _provider.Issuer, "b0d5-kim", null, CancellationToken.None);
            Assert.True(change.Succeeded, change.Message);
        }

        using var browser = new CouncilBrowser(_dashboard);
        using var signedIn = await browser.SignInAsync(_provider, "b0d5-kim");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(local, (await StoreAsync(s => s.FindCouncilAccountAsync(_provider.Issuer, "b0d5-kim")))!.UserName);
        Assert.Null(await StoreAsync(s => s.FindAccountAsync("kim.at.council")));
        var linked = await StoreAsync(s => s.GetAuditAsync(new AuditFilter { Action = AuditActions.AccountCouncilLinked }));
        Assert.Contains(linked, e => e.Actor == administrator && e.SubjectId == local);
        using var password = await Security.SignInForm.SignInAsync(Security.SignInForm.Client(_dashboard.Server), local, DashboardFactory.Password);
        Assert.Contains("problem=", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<T> StoreAsync<T>(Func<IAppStore, Task<T>> read)
    {
        using var scope = _dashboard.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<IAppStore>());
    }
}
