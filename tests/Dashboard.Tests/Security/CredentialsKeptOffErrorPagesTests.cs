using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Safeguarding.Analytics.Dashboard.Security;

namespace Safeguarding.Analytics.Dashboard.Tests.Security;

/// <summary>A request that fails reaches the error page without its credentials; one that succeeds keeps them.</summary>
public sealed class CredentialsKeptOffErrorPagesTests
{
    private static (RequestDelegate Pipeline, HttpContext Context) Build(RequestDelegate endpoint)
    {
        var app = new ApplicationBuilder(new EmptyServices());
        app.UseCredentialsKeptOffErrorPages();
        app.Run(endpoint);
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer sga_secret";
        context.Request.Headers.Cookie = "session=secret; other=also";
        context.Request.Headers["Proxy-Authorization"] = "Basic secret";
        context.Request.Headers.Accept = "text/html";
        return (app.Build(), context);
    }

    [Fact]
    public async Task A_failing_request_loses_its_authorization_headers_and_cookies_before_the_error_is_reported()
    {
        var (pipeline, context) = Build(c =>
        {
            Assert.Equal("secret", c.Request.Cookies["session"]);
            throw new InvalidOperationException("failed");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline(context));

        Assert.False(context.Request.Headers.ContainsKey("Authorization"));
        Assert.False(context.Request.Headers.ContainsKey("Cookie"));
        Assert.False(context.Request.Headers.ContainsKey("Proxy-Authorization"));
        Assert.Empty(context.Request.Cookies);
        Assert.Equal("text/html", context.Request.Headers.Accept.ToString());
    }

    [Fact]
    public async Task A_request_that_succeeds_keeps_its_headers()
    {
        var (pipeline, context) = Build(_ => Task.CompletedTask);

        await pipeline(context);

        Assert.Equal("Bearer sga_secret", context.Request.Headers.Authorization.ToString());
        Assert.Equal("secret", context.Request.Cookies["session"]);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
