using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Forecasting.Series;

/// <summary>
/// The XmR chart of a series, as Making Data Count draws it, over the points of one kind of period — that of the
/// latest point — so a quarterly series is not mixed with the annual figures published beside it. Points of other
/// kinds, and points without a value, are not on the chart.
/// </summary>
public sealed class SeriesChart
{
    private readonly Dictionary<int, SpcPoint> _byPosition = [];

    private SeriesChart(SpcResult chart, PeriodKind kind)
    {
        Chart = chart;
        Kind = kind;
    }

    public SpcResult Chart { get; }

    public PeriodKind Kind { get; }

    /// <summary>The chart of <paramref name="series"/> (in time order), or null when no point has a value.</summary>
    public static SeriesChart? Of(IReadOnlyList<Observation> series, Indicator indicator)
    {
        var latest = series.LastOrDefault(o => o.Value is not null);
        if (latest is null)
        {
            return null;
        }

        var kind = Period.Parse(latest.PeriodKey).Kind;
        var positions = Enumerable.Range(0, series.Count)
            .Where(i => series[i].Value is not null && Period.Parse(series[i].PeriodKey).Kind == kind)
            .ToList();
        var chart = XmrChart.Calculate(
            positions.Select(i => series[i].Value!.Value),
            new SpcOptions(ObservationIntervals.ImprovementOf(indicator.Polarity), indicator.Target));
        var result = new SeriesChart(chart, kind);
        foreach (var point in chart.Points)
        {
            result._byPosition[positions[point.Index]] = point;
        }

        return result;
    }

    /// <summary>The chart's point for the series' point at <paramref name="position"/>, or null when it is not on the chart.</summary>
    public SpcPoint? PointAt(int position) => _byPosition.GetValueOrDefault(position);
}
