using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Areas;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Warehouse.Periods;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/commentary</c>: what agencies say is behind their figures, by period then agency — the latest version of
/// each note, or every version with <c>versions=all</c> — filtered by indicator, area, period and agency.
/// </summary>
internal static class CommentaryEndpoints
{
    public static IEndpointRouteBuilder MapCommentaryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/commentary", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string? indicator, string? area, string? period, string? agency, string? versions, int? limit, IAppStore store, AreaDirectory areas, CancellationToken ct)
    {
        string? areaCode = null;
        if (area is not null)
        {
            if (!areas.TryResolve(area, out var resolved))
            {
                return ApiProblem.BadRequest($"area '{area}' is not an ONS or DfE code of any area.");
            }

            areaCode = resolved.Code;
        }

        if (period is not null && !Period.TryParse(period, out _))
        {
            return ApiProblem.BadRequest($"period '{period}' is not a period: write a quarter as 2024-25 Q1, a financial year as 2024-25.");
        }

        if (versions is not (null or "latest" or "all"))
        {
            return ApiProblem.BadRequest($"versions '{versions}' is not one of latest, all.");
        }

        if (limit is < 1 or > 10_000)
        {
            return ApiProblem.BadRequest("limit must be from 1 to 10000.");
        }

        var notes = await store.GetCommentaryAsync(
            new CommentaryFilter
            {
                IndicatorId = indicator,
                AreaCode = areaCode,
                PeriodKey = period,
                AgencyId = agency,
                LatestOnly = versions != "all",
                Limit = limit ?? 1_000,
            },
            ct);
        return Results.Ok(notes.Select(n => new
        {
            n.Id,
            indicator = n.IndicatorId,
            area = n.AreaCode,
            period = n.PeriodKey,
            agency = n.AgencyId,
            n.Text,
            n.Version,
            submission = n.SubmissionId,
            n.Author,
            created = n.CreatedAt,
        }));
    }
}
