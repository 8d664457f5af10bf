using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/indicators/{id}/forecast?area=</c>: the next four quarters of an area's quarterly series, with intervals,
/// from an ML.NET regression on lagged and seasonal features — given only where a rolling-origin backtest shows it
/// beating the seasonal-naive forecast (MASE of both reported either way). The latest unbroken run of quarters is used.
/// </summary>
internal static class ForecastEndpoints
{
    public static IEndpointRouteBuilder MapForecastApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/indicators/{id}/forecast", ForecastAsync);
        return endpoints;
    }

    private static async Task<IResult> ForecastAsync(
        string id, string? area, IndicatorSeries feature, AreaDirectory areas, SeriesForecasts forecasts, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await feature.FindIndicatorAsync(id, ct) is null)
        {
            return ApiProblem.NotFound($"There is no indicator '{id}' in the catalogue.");
        }

        if (string.IsNullOrWhiteSpace(area) || !areas.TryResolve(area, out var resolved))
        {
            return ApiProblem.BadRequest("'area' must be the ONS or DfE code of an area, such as E06000019.");
        }

        // Fitted on the series as the reader sees it: fitted on a withheld figure, the forecast and its backtest would give it back.
        var series = await feature.ForAsync(BoardPerson.From(user)!.Reader, new IndicatorSeriesRequest(id, resolved.Code), ct);
        var forecast = forecasts.Of(series!.Shown);
        var result = forecast.Result;
        return Results.Ok(new
        {
            indicatorId = id,
            area = new { resolved.Code, resolved.Name },
            method = $"{SeriesForecast.Method}; rolling-origin backtest over the last {ForecastBacktest.Origins} quarters, up to {ForecastBacktest.Horizon} ahead",
            history = new { from = forecast.From?.Key, to = forecast.To?.Key, quarters = forecast.Quarters },
            result.Shown,
            maseModel = result.ModelMase,
            maseSeasonalNaive = result.SeasonalNaiveMase,
            result.BacktestForecasts,
            result.Reason,
            points = forecast.Points.Select(p => new { period = p.Period.Key, p.Point.Value, p.Point.Lower, p.Point.Upper }),
        });
    }
}
