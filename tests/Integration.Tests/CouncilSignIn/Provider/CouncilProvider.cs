using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Analytics.Integration.Tests.CouncilSignIn.Provider;

/// <summary>A person at the council's identity provider: their subject never changes, their names and groups may.</summary>
internal sealed record CouncilPerson(string Subject, string UserName, string Name, params string[] Groups);

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on a free loopback port, for the council sign-in tests:
/// authorization code flow with PKCE, ephemeral signing and encryption keys, one public client whose redirect address
/// is the dashboard's callback. The person signed in is the one the browser chose at <c>/login?sub=…</c> (a cookie of
/// the provider's own), looked up in <see cref="People"/> when the authorization request comes, so a test may rename
/// them between sign-ins.
/// </summary>
internal sealed class CouncilProvider : IAsyncDisposable
{
    public const string ClientId = "safeguarding-analytics";

    public const string GroupsClaim = "roles";

    private const string PersonCookie = "provider.person";

    private WebApplication? _app;

    /// <summary>The provider's people by subject; change one to change what the next sign-in's token says.</summary>
    public ConcurrentDictionary<string, CouncilPerson> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Its address, e.g. http://127.0.0.1:41234 — the dashboard's <c>Authority</c>.</summary>
    public string Authority { get; private set; } = string.Empty;

    /// <summary>The issuer its tokens carry.</summary>
    public string Issuer => Authority + "/";

    public static async Task<CouncilProvider> StartAsync(string redirectUri)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            server.DisableAccessTokenEncryption();

            // No application store: the one client and its redirect address are checked here instead.
            server.EnableDegradedMode();
            server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (context.RedirectUri != redirectUri)
                {
                    context.Reject(Errors.InvalidRequest, "Unknown redirect address.");
                }

                return default;
            }));
            server.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }

                return default;
            }));
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        var provider = new CouncilProvider { _app = app };
        app.UseAuthentication();
        app.MapGet("/login", (string sub, HttpContext context) =>
        {
            context.Response.Cookies.Append(PersonCookie, sub, new CookieOptions { HttpOnly = true, Path = "/" });
            return Results.Ok();
        });
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext context) => provider.Authorize(context));
        await app.StartAsync();
        provider.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return provider;
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (context.Request.Cookies[PersonCookie] is not { } subject || !People.TryGetValue(subject, out var person))
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Nobody is signed in at the provider.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        identity.AddClaim(new Claim(Claims.PreferredUsername, person.UserName));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        foreach (var group in person.Groups)
        {
            identity.AddClaim(new Claim(GroupsClaim, group));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
