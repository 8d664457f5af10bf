using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Areas;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Exceptions;
using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>One indicator in one area: every point with its interval and place on the chart, and its open exceptions.</summary>
public sealed class IndicatorPageQuery(IAppStore appStore, IAnalyticStore warehouse, AreaDirectory areas)
{
    /// <summary>The page, or null when the indicator or area is unknown.</summary>
    public async Task<IndicatorPageModel?> LoadAsync(string indicatorId, string areaCode, CancellationToken cancellationToken = default)
    {
        if (await appStore.FindIndicatorAsync(indicatorId, cancellationToken) is not { } indicator || !areas.TryResolve(areaCode, out var area))
        {
            return null;
        }

        var series = await warehouse.QueryAsync(ObservationQuery.Series(indicator.Id, [area.Code]), cancellationToken);
        var chart = SeriesChart.Of(series, indicator);
        var points = IndicatorPoint.Of(series, indicator, chart);
        var exceptions = await appStore.GetExceptionsAsync(
            new ExceptionFilter { IndicatorId = indicator.Id, AreaCode = area.Code, Status = ExceptionStatuses.Open }, cancellationToken);
        return new IndicatorPageModel(indicator, area, points, chart, exceptions);
    }
}

/// <summary>What the indicator page shows.</summary>
public sealed record IndicatorPageModel(
    Indicator Indicator, Area Area, IReadOnlyList<IndicatorPoint> Points, SeriesChart? Chart, IReadOnlyList<ExceptionFlag> Exceptions);

/// <summary>A stored figure with its 95% interval and, when it is on the chart, its SPC point.</summary>
public sealed record IndicatorPoint(Observation Observation, FigureInterval? Interval, SpcPoint? Spc)
{
    /// <summary>Each figure of a series (in time order) with its 95% interval and its point on the series' chart.</summary>
    public static IReadOnlyList<IndicatorPoint> Of(IReadOnlyList<Observation> series, Indicator indicator, SeriesChart? chart) =>
        [.. series.Select((o, i) => new IndicatorPoint(o, ObservationIntervals.Of(o, indicator, ConfidenceLevel.NinetyFive), chart?.PointAt(i)))];
}
