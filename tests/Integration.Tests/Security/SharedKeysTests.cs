using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// Two instances on one app store share its data-protection keys: a cookie issued by one is honoured by the other. An
/// instance on another app store has other keys and refuses it.
/// </summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly DashboardFactory _first = new();
    private readonly DashboardFactory _second;
    private readonly DashboardFactory _elsewhere = new();

    public SharedKeysTests() =>
        _second = new(settings: new Dictionary<string, string?> { ["AppStore:SqlitePath"] = Path.Combine(_first.Folder, "appstore.db") });

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_honoured_by_another_on_the_same_app_store()
    {
        var cookies = new CookieContainer();
        using var onFirst = Browser(_first.Server, cookies);
        using var onSecond = Browser(_second.Server, cookies);

        var signedIn = await SignInForm.SignInAsync(onFirst, _first.CreateAccount(BoardRoles.BoardMember), DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_issued_by_an_instance_on_another_app_store_is_not_honoured()
    {
        var cookies = new CookieContainer();
        using var onFirst = Browser(_first.Server, cookies);
        using var onElsewhere = Browser(_elsewhere.Server, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(onFirst, _first.CreateAccount(BoardRoles.BoardMember), DashboardFactory.Password)).StatusCode);

        var refused = await onElsewhere.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/sign-in", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private static HttpClient Browser(TestServer server, CookieContainer cookies) =>
        new(new CookieContainerHandler(cookies) { InnerHandler = server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse("198.18.1.1")) })
        {
            BaseAddress = server.BaseAddress,
        };

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        _elsewhere.Dispose();
    }
}
