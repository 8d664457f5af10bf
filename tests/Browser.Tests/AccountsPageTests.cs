using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// An administrator adds an account on the Accounts page and hands over the temporary password shown once; at first
/// sign-in the new person is held on the password page until they choose their own, then reaches the overview. A page
/// left open (a live connection, no further request) is signed out within a minute of its account's role changing.
/// </summary>
public class AccountsPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_administrator_adds_an_account_and_the_new_person_must_change_the_password_at_first_sign_in()
    {
        var administrator = await session.NewPageAsync(BoardRoles.Admin);
        await administrator.GotoAsync(new Uri(session.BaseAddress, "/admin/accounts").ToString());
        await administrator.GetByLabel("User name").FillAsync("sam.example");
        await administrator.GetByLabel("Name as others see it").FillAsync("Sam Example");
        await administrator.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(BoardRoles.QaMember);
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Add the account" }).ClickAsync();
        var temporary = await administrator.Locator("[data-testid='temporary-password']").InnerTextAsync();
        Assert.Contains("QA sub-group member", await administrator.Locator("tr[data-user-name='sam.example']").InnerTextAsync(), StringComparison.Ordinal);
        await administrator.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "accounts-added.png"), FullPage = true });

        var person = await session.Browser.NewPageAsync();
        await person.GotoAsync(new Uri(session.BaseAddress, "/account/sign-in").ToString());
        await person.GetByLabel("User name").FillAsync("sam.example");
        await person.GetByLabel("Password").FillAsync(temporary);
        await person.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await person.WaitForURLAsync(url => url.Contains("/account/password", StringComparison.Ordinal));
        Assert.Contains("Choose your own before going on", await person.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await person.GotoAsync(new Uri(session.BaseAddress, "/exceptions").ToString());
        await person.WaitForURLAsync(url => url.Contains("/account/password", StringComparison.Ordinal));

        await person.GetByLabel("Current password").FillAsync(temporary);
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync("my very own passphrase");
        await person.GetByLabel("New password again").FillAsync("my very own passphrase");
        await person.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await person.WaitForURLAsync(url => url.Contains("/exceptions", StringComparison.Ordinal));
        await person.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await person.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "accounts-first-sign-in.png"), FullPage = true });
    }

    [Fact]
    public async Task An_open_page_is_signed_out_within_a_minute_of_its_accounts_role_changing_elsewhere()
    {
        var userName = session.Factory.CreateAccount(BoardRoles.Analyst);
        var page = await session.Browser.NewPageAsync();
        await session.SignInAsync(page, userName);
        await page.GotoAsync(new Uri(session.BaseAddress, "/methods").ToString());
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        // Changed straight in the app store, as another instance of the service would: this one learns of it only by
        // checking the session's stamp, which the open page's live connection does on its own.
        var changed = Stopwatch.StartNew();
        using (var scope = session.Factory.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAppStore>();
            await store.ChangeAccountRoleAsync((await store.FindAccountAsync(userName))!.Id, BoardRoles.BoardMember, null);
        }

        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 90_000 });
        Assert.True(changed.Elapsed < TimeSpan.FromSeconds(65), $"The open page was signed out {changed.Elapsed.TotalSeconds:F0} s after the change.");
    }
}
