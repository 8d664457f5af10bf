using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Forecasting.Anomalies;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/anomalies?period=</c>: local authorities ranked by how unusual their multi-indicator profile is for a
/// period (ML.NET randomized PCA, a model per period), with the indicators that drive each score. The models are
/// trained once per state of the warehouse (its latest load) and their scores reused until the next load.
/// </summary>
internal static class AnomaliesEndpoints
{
    public static IEndpointRouteBuilder MapAnomaliesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/anomalies", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string? period, int? limit, IAnalyticStore warehouse, IAppStore appStore, AreaDirectory areas, ProfileModelCache cache,
        FiguresForReaders figures, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(period) || !Period.TryParse(period, out var parsed))
        {
            return ApiProblem.BadRequest("'period' is required: a financial year such as 2023-24 (profiles need a national publication).");
        }

        if (limit is < 1 or > 500)
        {
            return ApiProblem.BadRequest("limit must be from 1 to 500.");
        }

        var trained = await cache.GetAsync(warehouse, areas, ct);
        if (!trained.Models.TryGetValue(parsed.Key, out var model))
        {
            return Results.Ok(new { period = parsed.Key, model = (object?)null, areas = Array.Empty<object>() });
        }

        var ranked = trained.Scores.Where(s => s.PeriodKey == parsed.Key).OrderBy(s => s.Rank).Take(limit ?? 20).ToList();
        // A driver is one area's figure: withheld from the reader, it goes without its value and standard score.
        var withheld = await figures.WithheldFromAsync(BoardPerson.From(user)!.Reader, await appStore.GetIndicatorsAsync(ct), cancellationToken: ct);
        bool Hidden(string indicatorId, string areaCode) => withheld.TryGetValue(indicatorId, out var decided) && decided.IsWithheld(areaCode, parsed.Key);
        return Results.Ok(new
        {
            period = parsed.Key,
            model = new { method = "randomized PCA (ML.NET)", model.Components, indicators = model.Indicators, model.TrainedOn },
            areas = ranked.Select(s => new
            {
                s.Rank,
                s.OutOf,
                code = s.AreaCode,
                name = areas.Find(s.AreaCode)?.Name,
                s.Score,
                drivers = s.Drivers.Select(d => Hidden(d.IndicatorId, s.AreaCode)
                    ? new { indicator = d.IndicatorId, Value = (double?)null, StandardScore = (double?)null, withheld = (string?)"a figure withheld for a small count" }
                    : new { indicator = d.IndicatorId, Value = (double?)d.Value, StandardScore = (double?)d.StandardScore, withheld = (string?)null }),
            }),
        });
    }
}

/// <summary>The trained profile model and its scores, kept until the warehouse's latest load changes.</summary>
internal sealed class ProfileModelCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string LoadId, ProfileModels Trained)? _current;

    public async Task<ProfileModels> GetAsync(IAnalyticStore warehouse, AreaDirectory areas, CancellationToken ct)
    {
        var loads = await warehouse.GetLoadsAsync(ct);
        var latest = loads.Count == 0 ? string.Empty : loads[^1].LoadId;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is not { } current || current.LoadId != latest)
            {
                current = (latest, await NationalProfiles.TrainAsync(warehouse, areas, ct));
                _current = current;
            }

            return current.Trained;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
