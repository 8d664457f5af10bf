using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Forecasting.Forecasts;

/// <summary>
/// The next four quarters of an area's quarterly series, as the API and the indicator page both give it: the latest
/// unbroken run of quarters (back from the latest to the first missing quarter or value) is backtested, and forecast
/// only where the regression beats the seasonal-naive forecast.
/// </summary>
public sealed record SeriesForecast(Period? From, Period? To, int Quarters, ForecastResult Result)
{
    public const string Method = "ML.NET SDCA regression on lags 1, 2 and 4, quarter of the year and time";

    /// <summary>The forecast of one area's series (every kind of period may be in it; only quarters are used).</summary>
    public static SeriesForecast Of(IEnumerable<Observation> areaSeries)
    {
        ArgumentNullException.ThrowIfNull(areaSeries);
        var quarters = areaSeries
            .Select(o => (Period: Period.Parse(o.PeriodKey), o.Value))
            .Where(o => o.Period.Kind == PeriodKind.FinancialQuarter)
            .OrderBy(o => o.Period)
            .ToList();
        var run = LatestUnbrokenRun(quarters);
        return run.Count == 0
            ? new SeriesForecast(null, null, 0, ForecastResult.NotEnoughHistory(0))
            : new SeriesForecast(run[0].Period, run[^1].Period, run.Count, ForecastBacktest.Run([.. run.Select(q => q.Value)], run[0].Period.Quarter));
    }

    /// <summary>Each forecast quarter with its period: the quarters after <see cref="To"/>.</summary>
    public IReadOnlyList<(Period Period, ForecastPoint Point)> Points =>
        To is null ? [] : [.. Result.Points.Select(p => (Ahead(To, p.QuartersAhead), p))];

    private static Period Ahead(Period from, int quarters) => Enumerable.Range(0, quarters).Aggregate(from, (period, _) => period.Next());

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
