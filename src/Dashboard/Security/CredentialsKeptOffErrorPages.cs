using Microsoft.AspNetCore.Http.Features;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// No error page shows the credentials a request came with. ASP.NET Core's developer exception page (on in
/// Development) lists every request header and cookie — a personal access token in <c>Authorization</c>, the session
/// and antiforgery cookies — and a screenshot of it travels. So when a request fails, its <c>Authorization</c>,
/// <c>Cookie</c> and <c>Proxy-Authorization</c> headers and its parsed cookies are dropped before the error
/// propagates to whichever page reports it (developer page, or <c>/Error</c> outside Development).
/// </summary>
internal static class CredentialsKeptOffErrorPages
{
    /// <summary>Request headers that carry a credential.</summary>
    public static IReadOnlyList<string> CredentialHeaders { get; } = ["Authorization", "Cookie", "Proxy-Authorization"];

    /// <summary>Goes inside every exception page: the developer page (added first by the host) and the exception handler.</summary>
    public static IApplicationBuilder UseCredentialsKeptOffErrorPages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch
        {
            Forget(context);
            throw;
        }
    });

    private static void Forget(HttpContext context)
    {
        foreach (var header in CredentialHeaders)
        {
            context.Request.Headers.Remove(header);
        }

        context.Features.Set<IRequestCookiesFeature>(new RequestCookiesFeature(context.Features));
    }
}
