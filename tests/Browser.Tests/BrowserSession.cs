using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// The real host on a loopback port and Debian's Chromium driven by Playwright. Screenshots go to
/// <c>SGA_TEST_ARTIFACTS</c> (./test.sh sets it) so a person can look at what the tests saw.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;

    // Every test signs a new account in from the loopback address, far faster than people do: the sign-in rate limit
    // (per address) is raised for them; RateLimitsTests checks the limit itself.
    public DashboardFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["Security:RateLimits:SignInPerMinute"] = "1000" });

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public HttpClient Api { get; private set; } = default!;

    public static string ArtifactsFolder =>
        Directory.CreateDirectory(Environment.GetEnvironmentVariable("SGA_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Api = ApiAs(BoardRoles.Admin);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>An API client acting as a new account in the role, with a personal access token.</summary>
    public HttpClient ApiAs(string role, string? agencyId = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Factory.IssueToken(Factory.CreateAccount(role, agencyId)));
        return client;
    }

    /// <summary>
    /// A page in a browser context of its own, signed in through the sign-in form as a new account in the role (an
    /// agency lead for <paramref name="agencyId"/>); an analyst unless asked otherwise, who may read every page and send returns.
    /// </summary>
    public async Task<IPage> NewPageAsync(string role = BoardRoles.Analyst, string? agencyId = null, BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        await SignInAsync(page, Factory.CreateAccount(role, agencyId));
        return page;
    }

    /// <summary>Signs the page in as the account, through the sign-in form, and waits until it has left the sign-in page.</summary>
    public async Task SignInAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(BaseAddress, "/account/sign-in").ToString());
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(DashboardFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Sends a partner's return through the API and waits until its job has loaded it; its submission id.</summary>
    public async Task<long> SendReturnAsync(string csv, string agency, string fileName)
    {
        var (id, status) = await SendReturnAndWaitAsync(csv, agency, fileName);
        Assert.True(status == "loaded", $"Submission {id} ended {status}.");
        return id;
    }

    /// <summary>Sends a partner's return through the API and waits until its job has decided it: its id and final status.</summary>
    public async Task<(long Id, string Status)> SendReturnAndWaitAsync(string csv, string agency, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
            { new StringContent(agency), "agency" },
        };
        var accepted = await Api.PostAsync(new Uri("/api/returns", UriKind.Relative), form);
        accepted.EnsureSuccessStatusCode();
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = (await Api.GetFromJsonAsync<JsonElement>(new Uri($"/api/submissions/{id}", UriKind.Relative)))
                .GetProperty("submission").GetProperty("status").GetString()!;
            if (status is not ("received" or "processing" or "retrying"))
            {
                return (id, status);
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Submission {id} was not decided within a minute.");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        Api.Dispose();
        await Factory.DisposeAsync();
    }
}
