using Safeguarding.Analytics.Dashboard.Api;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// <c>GET /api/account/tokens</c> (one's own tokens, never their secrets) and <c>POST /api/account/tokens</c>
/// (<c>{"name": …, "days": …}</c>: a new token for oneself, shown once), for a client that renews its own token. A
/// lifetime outside 1 to 366 days is a 400 naming the range; a session held to changing its password is refused.
/// </summary>
internal static class AccountTokenEndpoints
{
    public static IEndpointRouteBuilder MapAccountTokenApi(this IEndpointRouteBuilder endpoints)
    {
        var own = endpoints.MapGroup("/api/account/tokens").RequireAuthorization(Policies.OwnAccount);
        own.MapGet(string.Empty, async (HttpContext context, AccessTokens tokens) =>
            await tokens.OwnAccountAsync(BoardPerson.From(context.User)!, context.RequestAborted) is { } account
                ? Results.Ok((await tokens.OfAsync(account, context.RequestAborted))
                    .Select(t => new { t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt }))
                : ApiProblem.NotFound("Your account is not one this service keeps (you signed in through your council)."));
        own.MapPost(string.Empty, IssueAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(TokenRequest? request, HttpContext context, AccessTokens tokens)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
        {
            return ApiProblem.BadRequest("Send {\"name\": what the token is for (at most 100 characters), \"days\": how long it lasts}.");
        }

        if (AccessTokens.LifetimeProblem(request.Days) is { } lifetime)
        {
            return ApiProblem.BadRequest(lifetime);
        }

        if (await tokens.OwnAccountAsync(BoardPerson.From(context.User)!, context.RequestAborted) is not { } account)
        {
            return ApiProblem.NotFound("Your account is not one this service keeps (you signed in through your council).");
        }

        if (tokens.IssueProblem(account) is { } refused)
        {
            return Results.Problem(refused, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        }

        var (token, secret) = await tokens.IssueAsync(account, request.Name, request.Days, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        return Results.Created($"/api/account/tokens/{token.Id}", new { token.Id, token.Name, token.Prefix, token.ExpiresAt, Token = secret });
    }

    internal sealed record TokenRequest(string? Name, int? Days);
}
