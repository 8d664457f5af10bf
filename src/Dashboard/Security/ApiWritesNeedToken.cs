namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// A request that changes something through the API (anything but GET, HEAD or OPTIONS under <c>/api</c>) must carry a
/// personal access token. The session cookie is for pages, whose forms carry an antiforgery token; so no other site can
/// make a signed-in person's browser send a return or take a step on an exception.
/// </summary>
internal static class ApiWritesNeedToken
{
    public static IApplicationBuilder UseApiWritesNeedToken(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && AccessTokenAuthenticationHandler.BearerToken(request) is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(
                "Changes through the API need a personal access token ('Authorization: Bearer sga_…'); in the browser, use the dashboard's pages.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Access token needed").ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
