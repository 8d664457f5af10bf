using Safeguarding.Analytics.Dashboard.Commentary;
using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Dashboard.Submissions;
using Safeguarding.Analytics.Forecasting.Forecasts;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Domain.Readers;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>
/// One indicator in one area: every point with its interval and place on the chart, its comparators period by period,
/// its forecast, the submission behind each figure, and its open exceptions. One warehouse read and two app-store reads.
/// </summary>
public sealed class IndicatorPageQuery(
    IAppStore appStore, IAnalyticStore warehouse, AreaDirectory areas, SeriesForecasts forecasts, FiguresForReaders figures,
    ExceptionRegister register, AgencyCommentaryReads commentaryReads, SubmissionRecords submissionRecords)
{
    /// <summary>The page as the reader may see it, or null when the indicator or area is unknown.</summary>
    public async Task<IndicatorPageModel?> LoadAsync(Reader reader, string indicatorId, string areaCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (await appStore.FindIndicatorAsync(indicatorId, cancellationToken) is not { } indicator || !areas.TryResolve(areaCode, out var area))
        {
            return null;
        }

        // One read: the area with its statistical neighbours, region and England.
        var neighbourCodes = areas.Neighbours(area.Code).Select(n => areas.Resolve(n.NeighbourCode).Code).ToList();
        var region = areas.RegionOf(area);
        string[] codes = [area.Code, .. neighbourCodes, .. region is null ? Array.Empty<string>() : [region.Code], areas.England.Code];
        var observations = await warehouse.QueryAsync(ObservationQuery.Series(indicator.Id, [.. codes.Distinct(StringComparer.Ordinal)]), cancellationToken);
        var withheld = await figures.WithheldFromAsync(reader, indicator, cancellationToken: cancellationToken);

        var series = IndicatorSeries.Of(indicator, area, [.. observations.Where(o => o.AreaCode == area.Code)], withheld);
        var (points, chart) = (series.Points, series.Chart);
        var comparators = ComparatorSeries.Of(withheld.Show(observations.Where(o => o.AreaCode != area.Code)), neighbourCodes, region?.Code, areas.England.Code);
        // Fitted on what the reader sees: a forecast fitted on a withheld figure, with its backtest, would give it back.
        var forecast = chart?.Kind == PeriodKind.FinancialQuarter ? forecasts.Of(series.Shown) : null;
        var submissions = await submissionRecords.SubmissionsBehindLoadsAsync(
            reader, [.. series.Shown.Select(o => o.LoadId).OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken);
        var exceptions = (await register.OpenOfIndicatorAsync(reader, indicator.Id, area.Code, cancellationToken)).Select(e => e.Flag).ToList();
        var commentary = await commentaryReads.OfIndicatorAsync(reader, indicator.Id, area.Code, cancellationToken);
        return new IndicatorPageModel(indicator, area, points, chart, exceptions)
        {
            WithheldBecause = series.WithheldBecause,
            Commentary = commentary,
            Region = region,
            Comparators = comparators,
            Forecast = forecast,
            SubmissionsByLoad = submissions,
            Summary = IndicatorSummary.Of(indicator, points, chart, comparators),
        };
    }
}

/// <summary>What the indicator page shows.</summary>
public sealed record IndicatorPageModel(
    Indicator Indicator, Area Area, IReadOnlyList<IndicatorPoint> Points, SeriesChart? Chart, IReadOnlyList<ExceptionFlag> Exceptions)
{
    /// <summary>The area's region (null for a region or England).</summary>
    public Area? Region { get; init; }

    /// <summary>The statistical-neighbour average, region and England, period by period.</summary>
    public ComparatorSeries Comparators { get; init; } = ComparatorSeries.None;

    /// <summary>The next quarters' forecast and its backtest, for a quarterly chart; null otherwise.</summary>
    public SeriesForecast? Forecast { get; init; }

    /// <summary>The submission each of the area's loads came from (published comparator loads have none).</summary>
    public IReadOnlyDictionary<string, long> SubmissionsByLoad { get; init; } = new Dictionary<string, long>();

    /// <summary>The agencies' notes on the area's figures, the latest version of each, by period then agency.</summary>
    public IReadOnlyList<AgencyCommentary> Commentary { get; init; } = [];

    /// <summary>Why each point is withheld from the reader (null for a point shown), in the points' order.</summary>
    public IReadOnlyList<string?> WithheldBecause { get; init; } = [];

    /// <summary>The page in words: position, run of rises or falls, variation.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>A stored figure with its 95% interval and, when it is on the chart, its SPC point.</summary>
public sealed record IndicatorPoint(Observation Observation, FigureInterval? Interval, SpcPoint? Spc)
{
    /// <summary>Each figure of a series (in time order) with its 95% interval and its point on the series' chart.</summary>
    public static IReadOnlyList<IndicatorPoint> Of(IReadOnlyList<Observation> series, Indicator indicator, SeriesChart? chart) =>
        [.. series.Select((o, i) => new IndicatorPoint(o, ObservationIntervals.Of(o, indicator, ConfidenceLevel.NinetyFive), chart?.PointAt(i)))];
}
