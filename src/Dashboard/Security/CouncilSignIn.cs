using Safeguarding.Analytics.Domain.Readers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Bound from <c>Authentication:OpenIdConnect</c>: the council's identity provider, offered on the sign-in page when
/// <see cref="Authority"/> and <see cref="ClientId"/> are set. The provider's token must name one of the service's
/// roles (directly, or through <see cref="RoleMap"/> from the provider's group names), and an agency for an agency lead.
/// </summary>
internal sealed class CouncilSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in page's button says, e.g. "Sign in with your council account".</summary>
    public string DisplayName { get; set; } = "Sign in with your council account";

    public string UserNameClaim { get; set; } = "preferred_username";

    public string RoleClaim { get; set; } = "roles";

    public string AgencyClaim { get; set; } = "agency";

    /// <summary>The provider's role or group names mapped to the service's roles; a name not mapped is taken as it is.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>The OpenID Connect sign-in, and how the provider's token becomes a session in the service.</summary>
internal static class CouncilSignIn
{
    public const string Scheme = "Council";

    public static void AddIfConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var options = configuration.GetSection(CouncilSignInOptions.Section).Get<CouncilSignInOptions>() ?? new CouncilSignInOptions();
        authentication.Services.AddSingleton(options);
        if (!options.IsConfigured)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, options.DisplayName, oidc =>
        {
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.CallbackPath = "/signin-council";
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("profile");
            oidc.Scope.Add("email");

            oidc.Events.OnTokenValidated = context => AdmitAsync(context, options);
        });
    }

    /// <summary>Replaces the provider's principal with the service's own, or refuses someone with no role here.</summary>
    public static async Task AdmitAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context, CouncilSignInOptions options)
    {
        var principal = context.Principal!;
        var audit = context.HttpContext.RequestServices.GetRequiredService<AuditTrail>();
        var address = context.HttpContext.Connection.RemoteIpAddress?.ToString();
        if (Admit(principal, options, out var person) is { } refusal)
        {
            await audit.RecordAsync(AuditActors.Anonymous, AuditActions.SignInRefused, AuditSubjects.Account, AccountSignIn.AuditText(principal.FindFirst(options.UserNameClaim)?.Value) is { Length: > 0 } n ? n : "(none)", "identity provider: " + refusal, address);
            context.Fail(refusal);
            return;
        }

        context.Principal = SignInServiceCollectionExtensions.PrincipalOf(person!.UserName, person.DisplayName, person.Role, person.AgencyId, mustChangePassword: false, "council");
        await audit.RecordAsync(person.UserName, AuditActions.SignedIn, AuditSubjects.Account, person.UserName, "through the council's identity provider", address);
    }

    /// <summary>The person the provider's claims describe, or why they cannot be admitted.</summary>
    public static string? Admit(ClaimsPrincipal principal, CouncilSignInOptions options, out BoardPerson? person)
    {
        person = null;
        var userName = AccountSignIn.AuditText(principal.FindFirst(options.UserNameClaim)?.Value ?? principal.FindFirst("email")?.Value);
        if (userName.Length == 0)
        {
            return $"The identity provider's token has no '{options.UserNameClaim}'.";
        }

        var roles = principal.FindAll(options.RoleClaim)
            .Select(c => options.RoleMap.TryGetValue(c.Value, out var mapped) ? mapped : c.Value)
            .Where(BoardRoles.All.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (roles.Count != 1)
        {
            return roles.Count == 0
                ? $"{userName} has no role in this service; ask an administrator."
                : $"{userName} has more than one role in this service ({string.Join(", ", roles)}); each person has one.";
        }

        var agency = principal.FindFirst(options.AgencyClaim)?.Value;
        if (roles[0] == BoardRoles.AgencyLead && string.IsNullOrWhiteSpace(agency))
        {
            return $"{userName} is an agency lead but the token names no agency in '{options.AgencyClaim}'.";
        }

        var display = principal.FindFirst("name")?.Value ?? userName;
        person = new BoardPerson(userName, display, roles[0], roles[0] == BoardRoles.AgencyLead ? agency : null);
        return null;
    }
}
