using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Safeguarding.Analytics.Dashboard.Security;

namespace Safeguarding.Analytics.Dashboard.Health;

internal static class HealthEndpoints
{
    /// <summary>
    /// Who is told each store's status, engine, version and, when it does not answer, why: the administrators, by the
    /// policy that opens the audit trail (an administrator whose password must be changed is not one until it is).
    /// </summary>
    public const string DetailsPolicy = Policies.ViewAudit;

    public static IServiceCollection AddStoreHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<AnalyticStoreHealthCheck>("warehouse", tags: ["store"])
            .AddCheck<AppStoreHealthCheck>("appStore", tags: ["store"]);
        return services;
    }

    /// <summary>
    /// <c>/health</c>: open to anyone, so a load balancer's probe needs no account. Anyone gets the overall status and
    /// the code that goes with it (200 when healthy or degraded, 503 when a store does not answer); an administrator,
    /// signed in with a session or a token, also gets one entry per store. Nobody else is told an engine, a version or
    /// a store's error message, which would tell an attacker what to aim at.
    /// </summary>
    public static IEndpointRouteBuilder MapStoreHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var administrator = context.User.Identity?.IsAuthenticated == true
            && (await authorization.AuthorizeAsync(context.User, DetailsPolicy)).Succeeded;
        object body = administrator
            ? new
            {
                status = report.Status.ToString(),
                durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
                stores = report.Entries.ToDictionary(e => e.Key, e => StoreEntry(e.Value)),
            }
            : new { status = report.Status.ToString() };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    private static object StoreEntry(HealthReportEntry entry) => new
    {
        status = entry.Status.ToString(),
        description = entry.Description,
        engine = entry.Data.GetValueOrDefault(StoreHealthCheck.EngineKey),
        version = entry.Data.GetValueOrDefault(StoreHealthCheck.VersionKey),
    };
}
