using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>Accounts as the tests need them: read and changed through the host's own app store, signed in through the form.</summary>
internal static class AccountTestSupport
{
    public static async Task<Account> AccountAsync(WebApplicationFactory<Program> factory, string userName)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IAppStore>().FindAccountAsync(userName))!;
    }

    public static async Task<IReadOnlyList<AccessToken>> TokensAsync(WebApplicationFactory<Program> factory, string userName)
    {
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAppStore>();
        return await store.GetAccessTokensAsync((await store.FindAccountAsync(userName))!.Id);
    }

    /// <summary>Does something to the account through the host's app store, as another instance of the service would.</summary>
    public static async Task ChangeAsync(WebApplicationFactory<Program> factory, string userName, Func<IAppStore, AccountPasswords, Account, Task> change)
    {
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAppStore>();
        await change(store, scope.ServiceProvider.GetRequiredService<AccountPasswords>(), (await store.FindAccountAsync(userName))!);
    }

    /// <summary>A new account in the role whose password was set by someone else: it must be changed first.</summary>
    public static async Task<string> AccountThatMustChangeAsync(DashboardFactory factory, string role)
    {
        var userName = factory.CreateAccount(role);
        await ChangeAsync(factory, userName, (store, passwords, account) =>
            store.SetPasswordAsync(account.Id, passwords.Hash(account, DashboardFactory.Password), mustChange: true));
        return userName;
    }

    /// <summary>A browser-like client signed in through the form as the account.</summary>
    public static async Task<HttpClient> SignedInAsync(DashboardFactory factory, string userName, string password = DashboardFactory.Password)
    {
        var browser = SignInForm.Client(factory.Server);
        using var signedIn = await SignInForm.SignInAsync(browser, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("problem=", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return browser;
    }

    public static HttpClient WithToken(DashboardFactory factory, string token)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Where on the site a page request was sent (path and query), or null when it was answered.</summary>
    public static async Task<string?> SentToAsync(HttpClient browser, string page)
    {
        using var response = await browser.GetAsync(page);
        return response.StatusCode != HttpStatusCode.Redirect ? null
            : response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery
            : response.Headers.Location.OriginalString;
    }
}
