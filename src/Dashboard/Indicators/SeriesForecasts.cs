using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>
/// The forecasts the indicator page and the forecast API show. A forecast depends on nothing but the series' quarters
/// and their values, and fitting one (the regression and its rolling-origin backtest) takes about half a second of a
/// core: so each distinct series is fitted once and kept, and board members opening the same page together wait for
/// the one fit. A new figure makes a new series, so nothing kept is ever stale.
/// </summary>
public sealed class SeriesForecasts : IDisposable
{
    /// <summary>How many distinct series are kept: every quarterly indicator for the home area and its comparators many times over.</summary>
    public const int Kept = 4096;

    private readonly MemoryCache fitted = new(new MemoryCacheOptions { SizeLimit = Kept });

    /// <summary>The forecast of one area's series, fitted now or earlier for the same quarters and values.</summary>
    public SeriesForecast Of(IReadOnlyList<Observation> areaSeries)
    {
        ArgumentNullException.ThrowIfNull(areaSeries);
        var key = KeyOf(areaSeries);
        var fit = fitted.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(12);
            return new Lazy<SeriesForecast>(() => SeriesForecast.Of(areaSeries), LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return fit.Value;
        }
        catch
        {
            // A fit that failed is not kept: the next view tries again.
            fitted.Remove(key);
            throw;
        }
    }

    public void Dispose() => fitted.Dispose();

    /// <summary>What the forecast is made from: each quarter's key and value, in order, to the last bit of the value.</summary>
    internal static string KeyOf(IEnumerable<Observation> areaSeries)
    {
        var key = new StringBuilder();
        foreach (var (period, value) in areaSeries
                     .Select(o => (Period: Period.Parse(o.PeriodKey), o.Value))
                     .Where(o => o.Period.Kind == PeriodKind.FinancialQuarter)
                     .OrderBy(o => o.Period))
        {
            key.Append(period.Key).Append('=').Append(value?.ToString("R", CultureInfo.InvariantCulture) ?? "-").Append(';');
        }

        return key.ToString();
    }
}
