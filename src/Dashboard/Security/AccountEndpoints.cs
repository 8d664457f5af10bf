using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// <c>POST /account/sign-in</c> (the sign-in form: user name, password, return address), <c>POST /account/sign-out</c>
/// and <c>GET /account/sign-in/council</c> (off to the council's identity provider when one is configured). Forms
/// carry an antiforgery token, which the framework checks.
/// </summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignInServiceCollectionExtensions.SignInPath, SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        endpoints.MapPost("/account/sign-out", SignOutAsync).RequireAuthorization(Policies.ChangeOwnPassword);
        endpoints.MapGet("/account/sign-in/council", (string? returnUrl, CouncilSignInOptions council) => council.IsConfigured
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalAddress(returnUrl) }, [CouncilSignIn.Scheme])
            : Results.NotFound())
            .AllowAnonymous();
        endpoints.MapAccountTokenApi();
        return endpoints;
    }

    /// <summary>
    /// The address to go back to if it is on this site (the framework's own test: a path, not <c>//host</c>, <c>/\host</c>
    /// or one holding a control character); otherwise the overview.
    /// </summary>
    public static string LocalAddress(string? returnUrl) =>
        RedirectHttpResult.IsLocalUrl(returnUrl) && !returnUrl.StartsWith('~') ? returnUrl : "/";

    private static async Task<IResult> SignInAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        HttpContext context, AccountSignIn signIn)
    {
        var target = LocalAddress(returnUrl);
        var outcome = await signIn.CheckPasswordAsync(userName, password, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        if (outcome.Account is not { } account)
        {
            var problem = outcome.Disabled ? "disabled" : outcome.LockedUntil is null ? "refused" : "locked";
            return Results.Redirect($"{SignInServiceCollectionExtensions.SignInPath}?problem={problem}&returnUrl={Uri.EscapeDataString(target)}");
        }

        // A password someone else set must be changed before anything else, in every environment.
        await context.StartPasswordSessionAsync(account, account.MustChangePassword);
        return Results.Redirect(account.MustChangePassword ? "/account/password?returnUrl=" + Uri.EscapeDataString(target) : target);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, AuditTrail audit)
    {
        if (BoardPerson.From(context.User) is { } person)
        {
            await audit.RecordAsync(person.UserName, AuditActions.SignedOut, AuditSubjects.Account, person.UserName, "signed out", context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(SignInServiceCollectionExtensions.SignInPath + "?problem=signed-out");
    }
}
