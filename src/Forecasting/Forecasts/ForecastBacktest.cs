namespace Safeguarding.Analytics.Forecasting.Forecasts;

/// <summary>
/// Whether the regression forecasts a series better than the seasonal-naive forecast (each quarter as the same quarter
/// a year before), judged by a rolling-origin backtest: from each origin in the last two years the model is trained on
/// the quarters before it and forecasts up to four ahead; both forecasts are scored by MASE (mean absolute error over
/// the in-sample mean absolute seasonal difference). The forecast is shown only where the model's MASE is lower, with
/// intervals from the backtest's errors at each horizon (±1.96 root mean square error).
/// </summary>
public static class ForecastBacktest
{
    public const int Horizon = 4;
    public const int Origins = 8;

    public static ForecastResult Run(IReadOnlyList<double> values, int firstQuarterOfYear)
    {
        ArgumentNullException.ThrowIfNull(values);
        var firstOrigin = Math.Max(QuarterlyForecaster.MinimumHistory, values.Count - Origins);
        if (values.Count <= firstOrigin)
        {
            return ForecastResult.NotEnoughHistory(values.Count);
        }

        // The model works in single precision, and the errors are summed and squared: figures past that (a careless
        // 1e308) cannot be forecast, and are said so rather than given an infinite forecast.
        if (values.Any(v => !double.IsFinite(v) || Math.Abs(v) > MaxForecastable))
        {
            return TooLarge;
        }

        if (SeasonalScale(values) is not { } scale)
        {
            return new ForecastResult(false, null, 0, 0, [], "each quarter repeats the same quarter a year before: the seasonal-naive forecast is exact");
        }

        var modelErrors = new List<double>();
        var naiveErrors = new List<double>();
        var squaredByHorizon = new double[Horizon];
        var countByHorizon = new int[Horizon];
        for (var origin = firstOrigin; origin < values.Count; origin++)
        {
            var training = values.Take(origin).ToList();
            var forecast = QuarterlyForecaster.Train(training, firstQuarterOfYear)!.Forecast(Horizon);
            for (var h = 0; h < Horizon && origin + h < values.Count; h++)
            {
                var actual = values[origin + h];
                var naive = training[training.Count - 4 + (h % 4)];
                modelErrors.Add(Math.Abs(actual - forecast[h]));
                naiveErrors.Add(Math.Abs(actual - naive));
                squaredByHorizon[h] += (actual - forecast[h]) * (actual - forecast[h]);
                countByHorizon[h]++;
            }
        }

        var modelMase = modelErrors.Average() / scale;
        if (!double.IsFinite(modelMase) || !double.IsFinite(naiveErrors.Average() / scale))
        {
            return TooLarge;
        }

        var naiveMase = naiveErrors.Average() / scale;
        var shown = modelMase < naiveMase;
        var next = shown ? QuarterlyForecaster.Train(values, firstQuarterOfYear)!.Forecast(Horizon) : [];
        var points = next.Select((value, h) =>
        {
            var rmse = Math.Sqrt(squaredByHorizon[h] / Math.Max(1, countByHorizon[h]));
            return new ForecastPoint(h + 1, value, value - (1.96 * rmse), value + (1.96 * rmse));
        }).ToList();
        return points.Any(p => !double.IsFinite(p.Value) || !double.IsFinite(p.Lower) || !double.IsFinite(p.Upper))
            ? TooLarge
            : new ForecastResult(shown, modelMase, naiveMase, modelErrors.Count, points, shown ? null : "the seasonal-naive forecast did as well or better in the backtest");
    }

    /// <summary>The largest figure forecast: well inside single precision, so the model's sums and squares stay finite.</summary>
    public const double MaxForecastable = 1e15;

    private static ForecastResult TooLarge { get; } =
        new(false, null, null, 0, [], "the figures are too large to forecast: the model's arithmetic cannot hold them");

    /// <summary>The mean absolute difference between each quarter and the same quarter a year before; null when it is 0.</summary>
    private static double? SeasonalScale(IReadOnlyList<double> values)
    {
        if (values.Count < 5)
        {
            return null;
        }

        var scale = Enumerable.Range(4, values.Count - 4).Average(t => Math.Abs(values[t] - values[t - 4]));
        return scale > 0 ? scale : null;
    }
}

/// <summary>One quarter ahead: how far ahead, the forecast and its interval.</summary>
public sealed record ForecastPoint(int QuartersAhead, double Value, double Lower, double Upper);

/// <summary>The backtest's verdict and, where the model won, its forecast of the next quarters.</summary>
public sealed record ForecastResult(
    bool Shown, double? ModelMase, double? SeasonalNaiveMase, int BacktestForecasts, IReadOnlyList<ForecastPoint> Points, string? Reason)
{
    public static ForecastResult NotEnoughHistory(int quarters) => new(
        false, null, null, 0, [], $"{quarters} quarters: a forecast needs at least {QuarterlyForecaster.MinimumHistory + 1} to be tested first");
}
