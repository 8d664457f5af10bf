namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// How an API request is refused for want of sign-in or of a role, the same whether it came with a session cookie or
/// an access token.
/// </summary>
internal static class SignInRefusals
{
    /// <summary>Where a token's refusal is kept for the challenge to give it.</summary>
    public const string TokenRefusalItem = "sga:token_refusal";

    /// <summary>401: nobody is signed in, or the token is refused (the reason, when there is one, is given).</summary>
    public static Task SignInNeededAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(
            context.Items[TokenRefusalItem] as string
                ?? "Sign in, or send a personal access token as 'Authorization: Bearer sga_…' (issue one on your Account page).",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in needed").ExecuteAsync(context);
    }

    /// <summary>403: signed in, in a role the endpoint's policy does not admit, or held to changing the password first.</summary>
    public static Task NotAllowedAsync(HttpContext context) =>
        Policies.MustChangePassword(context.User)
            ? Results.Problem(
                "Your password was set for you and must be changed before anything else: change it at /account/password, then try again.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Password change needed").ExecuteAsync(context)
            : Results.Problem("Your role does not allow this.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed").ExecuteAsync(context);
}
