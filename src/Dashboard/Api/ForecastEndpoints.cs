using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Areas;
using Safeguarding.Analytics.Warehouse.Periods;
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
        string id, string? area, IAppStore appStore, IAnalyticStore warehouse, AreaDirectory areas, CancellationToken ct)
    {
        if (await appStore.FindIndicatorAsync(id, ct) is null)
        {
            return ApiProblem.NotFound($"There is no indicator '{id}' in the catalogue.");
        }

        if (string.IsNullOrWhiteSpace(area) || !areas.TryResolve(area, out var resolved))
        {
            return ApiProblem.BadRequest("'area' must be the ONS or DfE code of an area, such as E06000019.");
        }

        var quarters = (await warehouse.QueryAsync(ObservationQuery.Series(id, [resolved.Code]), ct))
            .Where(o => Period.Parse(o.PeriodKey).Kind == PeriodKind.FinancialQuarter)
            .Select(o => (Period: Period.Parse(o.PeriodKey), o.Value))
            .OrderBy(o => o.Period)
            .ToList();
        var run = LatestUnbrokenRun(quarters);
        var result = run.Count == 0
            ? ForecastResult.NotEnoughHistory(0)
            : ForecastBacktest.Run(run.Select(q => q.Value).ToList(), run[0].Period.Quarter);
        var next = run.Count == 0 ? null : run[^1].Period;
        return Results.Ok(new
        {
            indicatorId = id,
            area = new { resolved.Code, resolved.Name },
            method = $"ML.NET SDCA regression on lags 1, 2 and 4, quarter of the year and time; rolling-origin backtest over the last {ForecastBacktest.Origins} quarters, up to {ForecastBacktest.Horizon} ahead",
            history = new { from = run.Count == 0 ? null : run[0].Period.Key, to = next?.Key, quarters = run.Count },
            result.Shown,
            maseModel = result.ModelMase,
            maseSeasonalNaive = result.SeasonalNaiveMase,
            result.BacktestForecasts,
            result.Reason,
            points = result.Points.Select(p => new
            {
                period = Enumerable.Range(0, p.QuartersAhead).Aggregate(next!, (period, _) => period.Next()).Key,
                p.Value,
                p.Lower,
                p.Upper,
            }),
        });
    }

    /// <summary>The quarters with values back from the latest, up to the first gap (a missing quarter or value).</summary>
    private static List<(Period Period, double Value)> LatestUnbrokenRun(List<(Period Period, double? Value)> quarters)
    {
        var run = new List<(Period Period, double Value)>();
        for (var i = quarters.Count - 1; i >= 0; i--)
        {
            if (quarters[i].Value is not { } value || (run.Count > 0 && quarters[i].Period.Next() != run[^1].Period))
            {
                break;
            }

            run.Add((quarters[i].Period, value));
        }

        run.Reverse();
        return run;
    }
}
