using System.Net;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using static Safeguarding.Analytics.Integration.Tests.Accounts.AccountTestSupport;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>
/// The password form is held to the sign-in lockout: a session cannot try one current password after another. Five
/// wrong ones in a row lock the account and end the session, and the right password is then refused at sign-in too.
/// </summary>
public class PasswordFormLockoutTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task Five_wrong_current_passwords_on_the_form_lock_the_account_and_end_the_session()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.BoardMember);
        using var browser = await SignedInAsync(host.Factory, userName);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await ChangeAsync(browser, $"guess number {attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null(await SentToAsync(browser, "/methods"));
        using var fifth = await ChangeAsync(browser, "guess number 5");

        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Contains("problem=locked", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", await SentToAsync(browser, "/methods"), StringComparison.Ordinal);
        Assert.NotNull((await AccountAsync(host.Factory, userName)).LockedUntil);
        using var again = SignInForm.Client(host.Factory.Server);
        using var refused = await SignInForm.SignInAsync(again, userName, DashboardFactory.Password);
        Assert.Contains("problem=locked", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient browser, string current) =>
        SignInForm.PostFormAsync(browser, "/account/password", "/account/password", new()
        {
            ["_handler"] = "change-password",
            ["Form.Current"] = current,
            ["Form.New"] = "a password of my own choosing",
            ["Form.Confirm"] = "a password of my own choosing",
        });
}
