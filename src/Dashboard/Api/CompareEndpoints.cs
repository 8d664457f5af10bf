using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Comparison;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/indicators/{id}/compare?area=&amp;period=</c>: a local authority's figure for a period against its
/// statistical neighbours, region and England, with benchmark results, national rank and quartile band. One read of
/// the warehouse: the period's cross-section. Disclosure control applies for every role but the analyst.
/// </summary>
internal static class CompareEndpoints
{
    public static IEndpointRouteBuilder MapCompareApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/indicators/{id}/compare", CompareAsync);
        return endpoints;
    }

    private static async Task<IResult> CompareAsync(
        string id, string? area, string? period, CompareAreasQuery feature, AreaDirectory areas, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await feature.FindIndicatorAsync(id, ct) is not { } indicator)
        {
            return ApiProblem.NotFound($"There is no indicator '{id}' in the catalogue.");
        }

        if (string.IsNullOrWhiteSpace(area) || string.IsNullOrWhiteSpace(period))
        {
            return ApiProblem.BadRequest("Both 'area' (an ONS or DfE code, such as E06000019) and 'period' (such as 2024-25 Q1 or 2023-24) are required.");
        }

        if (!areas.TryResolve(area, out var resolved))
        {
            return ApiProblem.NotFound($"'{area}' is not an ONS or DfE code of any area.");
        }

        if (resolved.Kind != AreaKind.LocalAuthority || !resolved.IsCurrent)
        {
            return ApiProblem.BadRequest($"{resolved.Name} is not a current local authority: comparisons are made for local authorities, against their neighbours, region and England.");
        }

        if (!Period.TryParse(period, out var parsed))
        {
            return ApiProblem.BadRequest($"'{period}' is not a period: write a quarter as 2024-25 Q1, a financial year as 2023-24 or a calendar year as 2023.");
        }

        var compared = await feature.LoadAsync(BoardPerson.From(user)!.Reader, indicator.Id, resolved.Code, parsed.Key, ct);
        return Results.Ok(compared!.Comparison);
    }
}
