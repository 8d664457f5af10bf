using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Tests.Indicators;

public sealed class SeriesForecastsTests
{
    [Fact]
    public void The_same_quarters_and_values_are_fitted_once_and_give_what_a_fresh_fit_gives()
    {
        using var forecasts = new SeriesForecasts();
        var series = Quarterly(20, i => 40 + (i % 4 * 3) + (i * 0.5));

        var first = forecasts.Of(series);
        var again = forecasts.Of([.. series.Select(o => o with { Version = 2, LoadId = "another" })]);

        Assert.Same(first, again);
        var fresh = SeriesForecast.Of(series);
        Assert.Equal(fresh.Quarters, first.Quarters);
        Assert.Equal(fresh.Result.Shown, first.Result.Shown);
        Assert.Equal(fresh.Result.Points.Select(p => p.Value), first.Result.Points.Select(p => p.Value));
    }

    [Fact]
    public void A_changed_figure_or_a_new_quarter_is_a_new_series_and_fitted_afresh()
    {
        using var forecasts = new SeriesForecasts();
        var series = Quarterly(20, i => 40 + (i % 4 * 3) + (i * 0.5));
        var first = forecasts.Of(series);

        var revised = series.Select((o, i) => i == 19 ? o with { Value = 99.5 } : o).ToList();
        var longer = Quarterly(21, i => 40 + (i % 4 * 3) + (i * 0.5));

        Assert.NotSame(first, forecasts.Of(revised));
        Assert.NotSame(first, forecasts.Of(longer));
        Assert.Equal(21, forecasts.Of(longer).Quarters);
    }

    [Fact]
    public void Annual_figures_beside_the_quarters_do_not_change_the_series_kept()
    {
        var series = Quarterly(12, i => 10 + i);
        var withAnnual = series.Append(new Observation { IndicatorId = "x", AreaCode = "E06000019", PeriodKey = "2023-24", Value = 55, Source = "LAIT" }).ToList();

        Assert.Equal(SeriesForecasts.KeyOf(series), SeriesForecasts.KeyOf(withAnnual));
        Assert.NotEqual(SeriesForecasts.KeyOf(series), SeriesForecasts.KeyOf(series.Take(11)));
    }

    private static List<Observation> Quarterly(int count, Func<int, double> value)
    {
        var period = Period.FinancialQuarter(2019, 1);
        var series = new List<Observation>();
        for (var i = 0; i < count; i++, period = period.Next())
        {
            series.Add(new Observation { IndicatorId = "x", AreaCode = "E06000019", PeriodKey = period.Key, Value = value(i), Source = "demo" });
        }

        return series;
    }
}
