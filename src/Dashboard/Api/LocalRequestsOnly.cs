using System.Net;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// Until sign-in exists, endpoints that show who did what answer only requests from this machine, as the job
/// dashboard at <c>/hangfire</c> does: the caller's address is loopback or the server's own. A request with no
/// address cannot be proven local and is refused.
/// </summary>
internal static class LocalRequestsOnly
{
    public static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));

    public static TBuilder RequireLocalRequest<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) => IsLocal(context.HttpContext.Connection)
            ? await next(context)
            : Results.Problem(
                "This is open only to requests from the server itself until the dashboard has sign-in.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Local requests only"));
}
