using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Sign-in: a session cookie for people (password, or the council's identity provider when configured) and personal
/// access tokens for API clients, one scheme chosen per request; the named policies; the first start's accounts.
/// </summary>
internal static class SignInServiceCollectionExtensions
{
    /// <summary>The scheme every endpoint authenticates with: the token when the request carries one, else the cookie.</summary>
    public const string BoardScheme = "BoardSignIn";

    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddBoardSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountPasswords>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccessTokens>();
        services.AddSingleton<SessionStamps>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<AuthenticationStateProvider, BoardSessionRevalidation>();
        services.AddHostedService<FirstStartAccounts>();

        var authentication = services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = BoardScheme;
                o.DefaultChallengeScheme = BoardScheme;
            })
            .AddPolicyScheme(BoardScheme, "Session or access token", o => o.ForwardDefaultSelector = context =>
                AccessTokenAuthenticationHandler.BearerToken(context.Request) is null
                    ? CookieAuthenticationDefaults.AuthenticationScheme
                    : AccessTokenAuthenticationHandler.SchemeName)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.LoginPath = SignInPath;
                cookie.LogoutPath = "/account/sign-out";
                cookie.AccessDeniedPath = "/account/access-denied";
                cookie.Cookie.Name = "sga.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = EndSessionIfStaleAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        CouncilSignIn.AddIfConfigured(authentication, configuration);

        services.AddAuthorizationBuilder().AddBoardPolicies();
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>An API request is answered with its status; a page request is sent to the page for it.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return status == StatusCodes.Status401Unauthorized
                ? SignInRefusals.SignInNeededAsync(context.HttpContext)
                : SignInRefusals.NotAllowedAsync(context.HttpContext);
        }

        // Someone whose password must be changed may do nothing else until they have changed it.
        var target = status == StatusCodes.Status403Forbidden && context.HttpContext.User.HasClaim(c => c.Type == Policies.PasswordChangeRequiredClaim)
            ? "/account/password?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString)
            : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A session whose account has since changed its security stamp (password, role, agency, state, "sign out
    /// everywhere") or been disabled is over: the cookie is refused and removed.
    /// </summary>
    private static async Task EndSessionIfStaleAsync(CookieValidatePrincipalContext context)
    {
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (context.Principal is { } principal && !await stamps.IsCurrentAsync(principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>Starts a password session for the account, carrying its security stamp: the session cookie on this response.</summary>
    public static Task StartPasswordSessionAsync(this HttpContext context, Account account, bool mustChangePassword) =>
        context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            PrincipalOf(account.UserName, account.DisplayName, account.Role, account.AgencyId, mustChangePassword, "password", account.SecurityStamp));

    /// <summary>The principal a session carries for an account, with the account's security stamp when it has one.</summary>
    public static ClaimsPrincipal PrincipalOf(string userName, string displayName, string role, string? agencyId, bool mustChangePassword, string method, string? securityStamp = null)
    {
        var claims = BoardPerson.ClaimsOf(userName, displayName, role, agencyId).ToList();
        claims.Add(new Claim(ClaimTypes.AuthenticationMethod, method));
        if (securityStamp is { Length: > 0 })
        {
            claims.Add(new Claim(SessionStamps.Claim, securityStamp));
        }

        if (mustChangePassword)
        {
            claims.Add(new Claim(Policies.PasswordChangeRequiredClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
