using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Headers on every response that tell the browser what the dashboard's pages may do: scripts only from this site,
/// no framing, no plugins, forms posted only here, no referrer sent elsewhere.
/// <para>
/// Blazor's <c>&lt;ImportMap /&gt;</c> renders an inline <c>&lt;script type="importmap"&gt;</c> whose text changes
/// whenever a fingerprinted asset does, so the policy carries the hash of the map on the page's endpoint, computed
/// once per map. Radzen writes inline <c>style</c> attributes, hence <c>'unsafe-inline'</c> for styles only.
/// </para>
/// </summary>
internal static class SecurityHeaders
{
    public const string BasePolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    // Each page endpoint carries one map for the life of the host: its hash is worked out the first time only.
    private static readonly ConditionalWeakTable<ImportMapDefinition, string> PolicyByImportMap = [];

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>());
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>The policy for a response; with the page's import map allowed by its hash when it has one.</summary>
    public static string ContentSecurityPolicy(ImportMapDefinition? importMap) => importMap is null
        ? $"script-src 'self'; {BasePolicy}"
        : PolicyByImportMap.GetValue(importMap, map => $"script-src 'self' '{ScriptHash(map.ToString())}'; {BasePolicy}");

    /// <summary>The CSP source expression for an inline script's text.</summary>
    public static string ScriptHash(string scriptText) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scriptText)));
}
