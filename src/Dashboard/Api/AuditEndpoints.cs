using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Audit;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>GET /api/audit</c> (<c>from</c>, <c>to</c> as ISO 8601 UTC times, <c>actor</c>, <c>action</c>, <c>subject</c> as
/// <c>type</c> or <c>type:id</c> such as <c>submission:17</c>, <c>limit</c>) lists the audit trail, newest first;
/// <c>GET /api/audit.csv</c> gives the same rows as CSV. Administrators only; each read and export is itself in the
/// trail (<c>audit.read</c>, <c>audit.exported</c>).
/// </summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", async (HttpRequest request, AuditTrailReads audit, CancellationToken ct) =>
            Filter(request, out var filter) is { } refused
                ? refused
                : Results.Ok(await audit.ForAsync(PersonOf(request), filter, AuditTrailView.Api, AddressOf(request), ct)))
            .RequireAuthorization(Policies.ViewAudit);
        endpoints.MapGet("/api/audit.csv", async (HttpRequest request, AuditTrailReads audit, CancellationToken ct) =>
            Filter(request, out var filter) is { } refused
                ? refused
                : Results.File(
                    Encoding.UTF8.GetBytes(AuditCsv.Write(await audit.ForAsync(PersonOf(request), filter, AuditTrailView.Csv, AddressOf(request), ct))),
                    "text/csv; charset=utf-8",
                    "audit.csv"))
            .RequireAuthorization(Policies.ViewAudit);
        return endpoints;
    }

    private static BoardPerson PersonOf(HttpRequest request) => BoardPerson.From(request.HttpContext.User)!;

    private static string? AddressOf(HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString();

    /// <summary>The filter the query asks for, or the answer refusing it.</summary>
    private static IResult? Filter(HttpRequest request, out AuditFilter filter)
    {
        var query = request.Query;
        filter = new AuditFilter();
        DateTime? from = null, to = null;
        if (query["from"].FirstOrDefault() is { } fromText && !TryUtc(fromText, out from))
        {
            return ApiProblem.BadRequest($"from '{fromText}' is not a time: write e.g. 2025-07-01 or 2025-07-01T09:30:00Z.");
        }

        if (query["to"].FirstOrDefault() is { } toText && !TryUtc(toText, out to))
        {
            return ApiProblem.BadRequest($"to '{toText}' is not a time: write e.g. 2025-07-01 or 2025-07-01T09:30:00Z.");
        }

        var action = query["action"].FirstOrDefault();
        if (action is not null && !AuditActions.All.Contains(action))
        {
            return ApiProblem.BadRequest($"action '{action}' is not one of {string.Join(", ", AuditActions.All)}.");
        }

        var limit = 500;
        if (query["limit"].FirstOrDefault() is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 10_000))
        {
            return ApiProblem.BadRequest("limit must be from 1 to 10000.");
        }

        filter = new AuditFilter
        {
            From = from,
            To = to,
            Actor = query["actor"].FirstOrDefault(),
            Action = action,
            Limit = limit,
        }.WithSubject(query["subject"].FirstOrDefault());
        return null;
    }

    private static bool TryUtc(string text, out DateTime? value)
    {
        var parsed = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time);
        value = parsed ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : null;
        return parsed;
    }
}
