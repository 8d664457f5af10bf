using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Anomalies;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Domain.Periods;
namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/anomalies?period=</c>: local authorities ranked by how unusual their multi-indicator profile is for a
/// period, with the indicators that drive each score, as <see cref="UnusualProfilesQuery"/> gives them to the reader.
/// </summary>
internal static class AnomaliesEndpoints
{
    public static IEndpointRouteBuilder MapAnomaliesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/anomalies", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string? period, int? limit, UnusualProfilesQuery feature, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(period) || !Period.TryParse(period, out var parsed))
        {
            return ApiProblem.BadRequest("'period' is required: a financial year such as 2023-24 (profiles need a national publication).");
        }

        if (limit is < 1 or > 500)
        {
            return ApiProblem.BadRequest("limit must be from 1 to 500.");
        }

        var profiles = await feature.ForAsync(BoardPerson.From(user)!.Reader, parsed, limit ?? 20, ct);
        return Results.Ok(new
        {
            period = parsed.Key,
            model = profiles.Model is not { } model ? null : new { method = "randomized PCA (ML.NET)", model.Components, indicators = model.Indicators, model.TrainedOn },
            areas = profiles.Areas.Select(a => new
            {
                a.Score.Rank,
                a.Score.OutOf,
                code = a.Score.AreaCode,
                name = a.Name,
                a.Score.Score,
                drivers = a.Drivers.Select(d => new { indicator = d.IndicatorId, d.Value, d.StandardScore, d.Withheld }),
            }),
        });
    }
}
