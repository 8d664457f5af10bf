using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// Behind the configured proxy the client's address comes from <c>X-Forwarded-For</c>, in the audit trail and in the
/// sign-in limit; from any other sender the header is ignored, so nobody picks the address they are recorded under.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private static readonly IPAddress Proxy = IPAddress.Parse("192.0.2.1");

    private readonly DashboardFactory _factory = new(settings: new Dictionary<string, string?>
    {
        ["ReverseProxy:KnownProxies:0"] = Proxy.ToString(),
        ["Security:RateLimits:SignInPerMinute"] = "2",
    });

    [Fact]
    public async Task A_sign_in_through_the_configured_proxy_is_audited_under_the_forwarded_client_address()
    {
        var person = _factory.CreateAccount(BoardRoles.BoardMember);
        using var browser = ThroughProxy("203.0.113.7");

        var signedIn = await SignInForm.SignInAsync(browser, person, DashboardFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("203.0.113.7", (await SignInEventAsync(person)).ClientAddress);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_sender_that_is_not_a_configured_proxy_is_ignored()
    {
        var person = _factory.CreateAccount(BoardRoles.BoardMember);
        using var browser = SignInForm.Client(_factory.Server, IPAddress.Parse("192.0.2.50"));
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");

        var signedIn = await SignInForm.SignInAsync(browser, person, DashboardFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("192.0.2.50", (await SignInEventAsync(person)).ClientAddress);
    }

    [Fact]
    public async Task The_sign_in_limit_counts_each_client_behind_the_proxy_apart()
    {
        var victim = _factory.CreateAccount(BoardRoles.BoardMember);
        using var guesser = ThroughProxy("203.0.113.20");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(guesser, victim, "guess " + attempt)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInForm.SignInAsync(guesser, victim, DashboardFactory.Password)).StatusCode);

        using var colleague = ThroughProxy("203.0.113.21");
        var signedIn = await SignInForm.SignInAsync(colleague, _factory.CreateAccount(BoardRoles.BoardMember), DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_address_is_ignored_even_from_loopback()
    {
        using var factory = new DashboardFactory();
        var person = factory.CreateAccount(BoardRoles.BoardMember);
        using var browser = SignInForm.Client(factory.Server, IPAddress.Loopback);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");

        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, person, DashboardFactory.Password)).StatusCode);

        Assert.Equal("127.0.0.1", (await SignInEventAsync(factory, person)).ClientAddress);
    }

    private HttpClient ThroughProxy(string client)
    {
        var browser = SignInForm.Client(_factory.Server, Proxy);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return browser;
    }

    private Task<AuditEvent> SignInEventAsync(string userName) => SignInEventAsync(_factory, userName);

    private static async Task<AuditEvent> SignInEventAsync(DashboardFactory factory, string userName)
    {
        var store = factory.Services.GetRequiredService<IAppStore>();
        var events = await store.GetAuditAsync(new AuditFilter { Actor = userName, Action = AuditActions.SignedIn });
        return Assert.Single(events);
    }

    public void Dispose() => _factory.Dispose();
}
