using Safeguarding.Analytics.Domain.Readers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using System.Security.Cryptography;
using System.Text;
using Safeguarding.Analytics.Warehouse.AppStore;
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

    /// <summary>
    /// The provider's role or group names mapped to the service's roles. A name neither mapped nor (with
    /// <see cref="AcceptServiceRoleNames"/>) one of the service's own role names gives no role.
    /// </summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the provider may name the service's own roles (Analyst, Admin, …) directly, besides <see cref="RoleMap"/>.</summary>
    public bool AcceptServiceRoleNames { get; set; } = true;

    /// <summary>Whom the refusal page tells someone with no role here to ask.</summary>
    public string AskForRole { get; set; } = "your partnership's administrator";

    /// <summary>Only for a provider on loopback in tests: its metadata over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>
/// The OpenID Connect sign-in, and how the provider's token becomes a session in the service. The person is found by
/// the provider's issuer and subject (<c>iss</c> + <c>sub</c>), never by a name the provider lets its users change: the
/// first sign-in creates their account (with the role their groups map to), later ones find it, and an administrator
/// may bind an existing account. The session carries the account's security stamp like a password session.
/// </summary>
internal static class CouncilSignIn
{
    public const string Scheme = "Council";

    public const string Method = "council";

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
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            if (!options.RequireHttpsMetadata)
            {
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }

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
            oidc.Events.OnRemoteFailure = context => RefusedPageAsync(context, options);
        });
    }

    /// <summary>Replaces the provider's principal with the session of the account bound to its subject, or refuses.</summary>
    public static async Task AdmitAsync(TokenValidatedContext context, CouncilSignInOptions options)
    {
        var principal = context.Principal!;
        var services = context.HttpContext.RequestServices;
        var audit = services.GetRequiredService<AuditTrail>();
        var store = services.GetRequiredService<IAppStore>();
        var address = context.HttpContext.Connection.RemoteIpAddress?.ToString();
        var cancel = context.HttpContext.RequestAborted;
        var issuer = principal.FindFirst("iss")?.Value ?? context.SecurityToken?.Issuer;
        var subject = principal.FindFirst("sub")?.Value;
        var named = UserNameOf(principal, options);

        async Task RefuseAsync(string actor, string refusal)
        {
            await audit.RecordAsync(actor, AuditActions.SignInRefused, AuditSubjects.Account, named.Length > 0 ? named : "(none)", $"identity provider ({issuer} subject {subject}): {refusal}", address, cancel);
            context.Fail(refusal);
        }

        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(subject))
        {
            await RefuseAsync(AuditActors.Anonymous, "The identity provider's token names no issuer and subject.");
            return;
        }

        if (Admit(principal, options, out var person) is { } refusal)
        {
            await RefuseAsync(AuditActors.Anonymous, refusal);
            return;
        }

        var account = await store.FindCouncilAccountAsync(issuer, subject, cancel);
        if (account is { IsDisabled: true })
        {
            await RefuseAsync(account.UserName, $"The account '{account.UserName}' is disabled here; ask {options.AskForRole}.");
            return;
        }

        if (account is null)
        {
            var userName = await FreeUserNameAsync(store, person!.UserName, issuer, subject, cancel);
            account = await store.AddAccountAsync(
                new Account { UserName = userName, DisplayName = person.DisplayName, Role = person.Role, AgencyId = person.AgencyId, CouncilIssuer = issuer, CouncilSubject = subject },
                cancel);
            await audit.RecordAsync(account.UserName, AuditActions.AccountCreated, AuditSubjects.Account, account.UserName, $"at first sign-in through the council's identity provider ({issuer} subject {subject}) as {account.Role}{(account.AgencyId is null ? string.Empty : " of " + account.AgencyId)}", address, cancel);
        }
        else if (account.Role != person!.Role || account.AgencyId != person.AgencyId)
        {
            // The provider's groups decide the role: a change there ends the account's other sessions here.
            var before = $"{account.Role}{(account.AgencyId is null ? string.Empty : " of " + account.AgencyId)}";
            account = await store.ChangeAccountRoleAsync(account.Id, person.Role, person.AgencyId, cancel);
            services.GetRequiredService<SessionStamps>().Forget(account.UserName);
            await audit.RecordAsync(account.UserName, AuditActions.AccountRoleChanged, AuditSubjects.Account, account.UserName, $"by the council's identity provider's groups: from {before} to {account.Role}{(account.AgencyId is null ? string.Empty : " of " + account.AgencyId)}", address, cancel);
        }

        await store.RecordSignInAsync(account.Id, true, new SignInLockout(int.MaxValue, TimeSpan.Zero, DateTime.UtcNow), cancel);
        context.Principal = SignInServiceCollectionExtensions.PrincipalOf(account.UserName, account.DisplayName, account.Role, account.AgencyId, mustChangePassword: false, Method, account.SecurityStamp);
        await audit.RecordAsync(account.UserName, AuditActions.SignedIn, AuditSubjects.Account, account.UserName, "through the council's identity provider", address, cancel);
    }

    /// <summary>
    /// The person the provider's claims describe (their user name only a suggestion for a new account), or why they
    /// cannot be admitted.
    /// </summary>
    public static string? Admit(ClaimsPrincipal principal, CouncilSignInOptions options, out BoardPerson? person)
    {
        person = null;
        var userName = UserNameOf(principal, options);
        if (userName.Length == 0)
        {
            return $"The identity provider's token has no '{options.UserNameClaim}' (nor a verified e-mail address).";
        }

        var roles = principal.FindAll(options.RoleClaim)
            .Select(c => options.RoleMap.TryGetValue(c.Value, out var mapped) ? mapped
                : options.AcceptServiceRoleNames && BoardRoles.All.Contains(c.Value) ? c.Value : null)
            .OfType<string>()
            .Where(BoardRoles.All.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (roles.Count != 1)
        {
            return roles.Count == 0
                ? $"{userName} has no role in this service: your council account's groups give no role here; ask {options.AskForRole}."
                : $"{userName} has more than one role in this service ({string.Join(", ", roles)}); each person has one.";
        }

        var agency = principal.FindFirst(options.AgencyClaim)?.Value;
        if (roles[0] == BoardRoles.AgencyLead && string.IsNullOrWhiteSpace(agency))
        {
            return $"{userName} is an agency lead but the token names no agency in '{options.AgencyClaim}'.";
        }

        var name = new string((principal.FindFirst("name")?.Value ?? string.Empty).Where(c => !char.IsControl(c)).Take(200).ToArray()).Trim();
        var display = name.Length > 0 ? name : userName;
        person = new BoardPerson(userName, display, roles[0], roles[0] == BoardRoles.AgencyLead ? agency : null);
        return null;
    }

    /// <summary>The name the provider gives, lower case: its user-name claim, else an e-mail address it has verified.</summary>
    private static string UserNameOf(ClaimsPrincipal principal, CouncilSignInOptions options)
    {
        var name = principal.FindFirst(options.UserNameClaim)?.Value;
        if (string.IsNullOrWhiteSpace(name) && string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase))
        {
            name = principal.FindFirst("email")?.Value;
        }

        return AccountSignIn.AuditText(name).ToLowerInvariant();
    }

    /// <summary>
    /// A user name for a new council account: the provider's, unless it is not a valid one or already someone's (a
    /// local account of that name is never taken over), then one made unique from the issuer and subject.
    /// </summary>
    private static async Task<string> FreeUserNameAsync(IAppStore store, string suggested, string issuer, string subject, CancellationToken cancel)
    {
        if (AccountAdministration.IsUserName(suggested) && await store.FindAccountAsync(suggested, cancel) is null)
        {
            return suggested;
        }

        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + subject)))[..10];
        var stem = new string(suggested.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '@' or '-').Take(80).ToArray()).TrimStart('.', '_', '@', '-');
        return (stem.Length > 0 ? stem + "-" : "council-") + tag;
    }

    /// <summary>A refused council sign-in ends on a page saying why, instead of an error.</summary>
    private static async Task RefusedPageAsync(RemoteFailureContext context, CouncilSignInOptions options)
    {
        context.HandleResponse();
        var why = context.Failure?.Message is { Length: > 0 } message && !message.StartsWith("IDX", StringComparison.Ordinal) && !message.Contains("Correlation failed", StringComparison.Ordinal)
            ? message
            : "The council's identity provider did not complete the sign-in.";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        var encode = System.Text.Encodings.Web.HtmlEncoder.Default;
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not signed in — Safeguarding Analytics</title></head>
            <body><main><h1>You are not signed in</h1>
            <p role="alert">{encode.Encode(why)}</p>
            <p>Your council account signed you in there, but it gives you no way in here: ask {encode.Encode(options.AskForRole)}.</p>
            <p><a href="{SignInServiceCollectionExtensions.SignInPath}">Back to sign-in</a></p></main></body></html>
            """, context.HttpContext.RequestAborted);
    }
}
