namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// How an API request is refused for want of sign-in or of a role, the same whether it came with a session cookie or
/// an access token.
/// </summary>
internal static class SignInRefusals
{
    /// <summary>401: nobody is signed in, or the token is not one the service knows.</summary>
    public static Task SignInNeededAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(
            "Sign in, or send a personal access token as 'Authorization: Bearer sga_…' (issue one on your Account page).",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in needed").ExecuteAsync(context);
    }

    /// <summary>403: signed in, in a role the endpoint's policy does not admit.</summary>
    public static Task NotAllowedAsync(HttpContext context) =>
        Results.Problem("Your role does not allow this.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed").ExecuteAsync(context);
}
