using System.Text.Json;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Exceptions;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/exceptions</c>: the register the analytics refresh keeps — open before cleared, the most serious first —
/// filtered by kind, indicator, area, period, severity and status; each with its evidence and method.
/// </summary>
internal static class ExceptionsEndpoints
{
    public static IEndpointRouteBuilder MapExceptionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/exceptions", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string? kind, string? indicator, string? area, string? period, string? severity, string? status, int? limit, IAppStore store, CancellationToken ct)
    {
        if (kind is not null && !ExceptionKinds.All.Contains(kind))
        {
            return ApiProblem.BadRequest($"kind '{kind}' is not one of {string.Join(", ", ExceptionKinds.All)}.");
        }

        if (severity is not null && !ExceptionSeverities.All.Contains(severity))
        {
            return ApiProblem.BadRequest($"severity '{severity}' is not one of {string.Join(", ", ExceptionSeverities.All)}.");
        }

        if (status is not null && status is not (ExceptionStatuses.Open or ExceptionStatuses.Cleared))
        {
            return ApiProblem.BadRequest($"status '{status}' is not one of {ExceptionStatuses.Open}, {ExceptionStatuses.Cleared}.");
        }

        if (limit is < 1 or > 10_000)
        {
            return ApiProblem.BadRequest("limit must be from 1 to 10000.");
        }

        var flags = await store.GetExceptionsAsync(
            new ExceptionFilter
            {
                Kind = kind,
                IndicatorId = indicator,
                AreaCode = area,
                PeriodKey = period,
                Severity = severity,
                Status = status,
                Limit = limit ?? 500,
            },
            ct);
        return Results.Ok(flags.Select(f => new
        {
            f.Id,
            f.Finding.Kind,
            indicator = f.Finding.IndicatorId.Length == 0 ? null : f.Finding.IndicatorId,
            area = f.Finding.AreaCode,
            period = f.Finding.PeriodKey,
            agency = f.Finding.AgencyId,
            f.Finding.Severity,
            f.Status,
            f.Finding.Summary,
            f.Finding.Method,
            evidence = JsonDocument.Parse(f.Finding.EvidenceJson).RootElement,
            f.FirstSeen,
            f.LastSeen,
            f.ClearedAt,
        }));
    }
}
