using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;
using static Safeguarding.Analytics.Integration.Tests.Accounts.AccountTestSupport;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>
/// A personal access token acts only while its account may sign in: the token of an account that must change its
/// password, is locked after wrong passwords, or is disabled is refused at once, saying why. A token asked for with a
/// lifetime outside 1 to 366 days is refused with a 400 naming the range, not given another lifetime.
/// </summary>
public class AccessTokenRefusalTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Theory]
    [InlineData("must change its password", "must be changed first")]
    [InlineData("locked", "locked after too many wrong passwords")]
    [InlineData("disabled", "disabled")]
    public async Task The_token_of_an_account_that_may_not_sign_in_is_refused_at_once(string state, string reason)
    {
        var userName = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var client = WithToken(host.Factory, host.Factory.IssueToken(userName));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/indicators")).StatusCode);

        await ChangeAsync(host.Factory, userName, async (store, passwords, account) =>
        {
            switch (state)
            {
                case "must change its password":
                    await store.SetPasswordAsync(account.Id, passwords.Hash(account, "set by an administrator"), mustChange: true);
                    break;
                case "locked":
                    for (var attempt = 0; attempt < 5; attempt++)
                    {
                        await store.RecordSignInAsync(account.Id, succeeded: false, new SignInLockout(5, TimeSpan.FromMinutes(15), DateTime.UtcNow));
                    }

                    break;
                default:
                    await store.SetAccountDisabledAsync(account.Id, DateTime.UtcNow);
                    break;
            }
        });

        using var refused = await client.GetAsync("/api/indicators");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(reason, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100_000)]
    public async Task A_token_asked_for_with_a_lifetime_outside_the_range_is_a_400_naming_the_range(int days)
    {
        var userName = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var client = WithToken(host.Factory, host.Factory.IssueToken(userName));

        using var refused = await client.PostAsJsonAsync("/api/account/tokens", new { name = "nightly extract", days });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("from 1 to 366 days", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await TokensAsync(host.Factory, userName));
    }

    [Fact]
    public async Task A_token_asked_for_within_the_range_lasts_what_was_asked_and_works()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var client = WithToken(host.Factory, host.Factory.IssueToken(userName));

        using var issued = await client.PostAsJsonAsync("/api/account/tokens", new { name = "nightly extract", days = 366 });

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var expires = body.GetProperty("expiresAt").GetDateTime();
        Assert.InRange(expires, DateTime.UtcNow.AddDays(365.9), DateTime.UtcNow.AddDays(366.1));
        using var renewed = WithToken(host.Factory, body.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/account/tokens")).StatusCode);
    }

    [Fact]
    public async Task The_account_page_refuses_a_lifetime_outside_the_range_with_a_400()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var browser = await SignedInAsync(host.Factory, userName);

        using var refused = await SignInForm.PostFormAsync(browser, "/account", "/account", new()
        {
            ["_handler"] = "issue-token",
            ["Issue.Name"] = "for ever",
            ["Issue.Days"] = "100000",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("from 1 to 366 days", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await TokensAsync(host.Factory, userName));
    }
}
