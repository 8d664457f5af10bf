using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Signs in an API client by its personal access token (<c>Authorization: Bearer sga_…</c>). A request without one is
/// left to the session cookie; a request with a token that is unknown, expired or revoked, or whose account is disabled, locked or must change its
/// password, is refused with the reason.
/// </summary>
internal sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var signIn = await tokens.AuthenticateAsync(secret, Context.RequestAborted);
        if (signIn.Owner is not { } owner)
        {
            Context.Items[SignInRefusals.TokenRefusalItem] = signIn.Refusal;
            return AuthenticateResult.Fail(signIn.Refusal ?? "The access token is refused.");
        }

        var identity = new ClaimsIdentity(
            BoardPerson.ClaimsOf(owner.UserName, owner.DisplayName, owner.Role, owner.AgencyId), SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => SignInRefusals.SignInNeededAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => SignInRefusals.NotAllowedAsync(Context);

    /// <summary>The token a request carries, or null.</summary>
    public static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
}
