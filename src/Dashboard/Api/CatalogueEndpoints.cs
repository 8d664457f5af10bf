using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Areas;
using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Submissions;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary><c>/api/indicators</c>, <c>/api/areas</c> and <c>/api/loads</c>: the catalogue as edited, the areas with their neighbours, and what has been loaded (an agency lead, their own agency's loads only).</summary>
internal static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/indicators", async (IAppStore store, CancellationToken ct) => Results.Ok(await store.GetIndicatorsAsync(ct)));
        api.MapGet("/indicators/{id}", async (string id, IAppStore store, CancellationToken ct) =>
            await store.FindIndicatorAsync(id, ct) is { } indicator
                ? Results.Ok(indicator)
                : ApiProblem.NotFound($"There is no indicator '{id}' in the catalogue."));
        api.MapGet("/loads", async (ClaimsPrincipal user, SubmissionRecords records, CancellationToken ct) => Results.Ok(await records.LoadsAsync(BoardPerson.From(user)!.Reader, ct)));
        api.MapGet("/priorities", async (IAppStore store, CancellationToken ct) => Results.Ok(await store.GetPrioritiesAsync(ct)));
        api.MapGet("/areas", (AreaDirectory areas, string? kind) =>
        {
            if (kind is null)
            {
                return Results.Ok(areas.All);
            }

            return Enum.TryParse<AreaKind>(kind, ignoreCase: true, out var parsed)
                ? Results.Ok(areas.All.Where(a => a.Kind == parsed))
                : ApiProblem.BadRequest($"kind '{kind}' is not one of {string.Join(", ", Enum.GetNames<AreaKind>())}.");
        });
        api.MapGet("/areas/{code}", (string code, AreaDirectory areas) =>
            areas.TryResolve(code, out var area)
                ? Results.Ok(new
                {
                    area,
                    neighbours = area.Kind == AreaKind.LocalAuthority && area.IsCurrent ? areas.Neighbours(area.Code) : [],
                })
                : ApiProblem.NotFound($"'{code}' is not an ONS or DfE code of any area."));
        return endpoints;
    }
}
