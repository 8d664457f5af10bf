using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// Signing in through the form on the real host: a session opens the pages it admits; wrong passwords lock the account
/// and every attempt is in the audit trail; a return address off the site is not followed; without its antiforgery
/// token the form is refused.
/// </summary>
public class SignInTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task A_person_signs_in_with_the_form_and_their_session_opens_the_pages_their_role_admits()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.BoardMember);
        using var browser = SignInForm.Client(host.Factory.Server);

        using var signedIn = await SignInForm.SignInAsync(browser, userName, DashboardFactory.Password, "/methods");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/methods", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Contains("Test Board member", await browser.GetStringAsync("/"), StringComparison.Ordinal);
        var refused = await browser.GetAsync("/submissions");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var signOut = await SignInForm.PostFormAsync(browser, "/", "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        var trail = await AuditOfAsync(userName);
        Assert.Equal(["account.signed_out", "account.signed_in"], trail.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused_and_the_trail_says_so()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.QaMember);
        using var browser = SignInForm.Client(host.Factory.Server);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await SignInForm.SignInAsync(browser, userName, "not the password " + attempt);
            Assert.Contains(attempt < 5 ? "problem=refused" : "problem=locked", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var right = await SignInForm.SignInAsync(browser, userName, DashboardFactory.Password);
        Assert.Contains("problem=locked", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("locked", await browser.GetStringAsync(right.Headers.Location), StringComparison.Ordinal);
        var actions = (await AuditOfAsync(userName)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["account.sign_in_refused", "account.locked"], actions.Take(2));
        Assert.Equal(5, actions.Count(a => a == "account.sign_in_refused"));
    }

    [Fact]
    public async Task An_unknown_name_is_refused_in_the_same_words_as_a_wrong_password()
    {
        using var browser = SignInForm.Client(host.Factory.Server);
        using var unknown = await SignInForm.SignInAsync(browser, "nobody.here", "whatever it is");
        using var wrong = await SignInForm.SignInAsync(browser, host.Factory.CreateAccount(BoardRoles.Analyst), "whatever it is");

        Assert.Equal(unknown.Headers.Location, wrong.Headers.Location);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("~//evil.example")]
    public async Task A_return_address_off_the_site_is_not_followed(string returnUrl)
    {
        using var browser = SignInForm.Client(host.Factory.Server);
        using var signedIn = await SignInForm.SignInAsync(browser, host.Factory.CreateAccount(BoardRoles.Analyst), DashboardFactory.Password, returnUrl);

        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_form_without_its_antiforgery_token_is_refused()
    {
        using var browser = SignInForm.Client(host.Factory.Server);
        var userName = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var posted = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = DashboardFactory.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Outside_development_a_password_set_by_someone_else_must_be_changed_before_anything_else()
    {
        using var factory = new DashboardFactory(settings: new Dictionary<string, string?> { ["Board:LoadDemoData"] = "false" });
        using var production = factory.WithWebHostBuilder(web => web.UseEnvironment("Production"));
        var server = production.Server;
        using (var scope = production.Services.CreateScope())
        {
            var passwords = scope.ServiceProvider.GetRequiredService<AccountPasswords>();
            var account = new Account { UserName = "new.member", DisplayName = "New member", Role = BoardRoles.QaMember };
            await scope.ServiceProvider.GetRequiredService<IAppStore>().AddAccountAsync(account with { PasswordHash = passwords.Hash(account, "set by the administrator"), MustChangePassword = true });
        }

        using var browser = SignInForm.Client(server);
        using var signedIn = await SignInForm.SignInAsync(browser, "new.member", "set by the administrator", "/methods");
        Assert.StartsWith("/account/password", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var held = await browser.GetAsync("/");
        Assert.Contains("/account/password", held.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = signedIn.Headers.Location.OriginalString;
        using var changed = await SignInForm.PostFormAsync(browser, page, page, new()
        {
            ["_handler"] = "change-password",
            ["Form.Current"] = "set by the administrator",
            ["Form.New"] = "a password of my own choosing",
            ["Form.Confirm"] = "a password of my own choosing",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/methods", changed.Headers.Location!.IsAbsoluteUri ? changed.Headers.Location.PathAndQuery : changed.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    private async Task<List<JsonElement>> AuditOfAsync(string userName) =>
        (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{userName}")).EnumerateArray().ToList();
}
