using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>Which series: one indicator in one area, between two periods, as it stood at a moment, every version or the latest.</summary>
public sealed record IndicatorSeriesRequest(string IndicatorId, string AreaCode)
{
    public Period? From { get; init; }

    public Period? To { get; init; }

    /// <summary>The moment (UTC) the series is read as it stood; null for now.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Every version of each figure rather than the latest (then no chart is drawn).</summary>
    public bool AllVersions { get; init; }
}

/// <summary>
/// One indicator in one area as a reader may see it: each figure with its interval and place on the XmR chart. A
/// figure withheld from the reader comes without its value, counts and interval, with the reason; the chart is worked
/// out without it, since a mean over every point with the others shown would give it away.
/// </summary>
public sealed record IndicatorSeriesModel(Indicator Indicator, Area Area, IReadOnlyList<IndicatorPoint> Points, SeriesChart? Chart, WithheldFigures Withheld)
{
    /// <summary>Why each point is withheld from the reader (null for a point shown), in the points' order.</summary>
    public IReadOnlyList<string?> WithheldBecause { get; init; } = [];

    /// <summary>How many of the points are withheld from the reader.</summary>
    public int WithheldCount => WithheldBecause.Count(r => r is not null);

    /// <summary>The figures shown, the withheld ones without their numbers, in time order (what forecasts are fitted on).</summary>
    public IReadOnlyList<Observation> Shown => [.. Points.Select(p => p.Observation)];
}

/// <summary>The series feature: the indicator page and <c>/api/indicators/{id}/series</c> both read it here.</summary>
public sealed class IndicatorSeries(IAppStore appStore, IAnalyticStore warehouse, AreaDirectory areas, FiguresForReaders figures)
{
    /// <summary>The indicator as the catalogue defines it, or null when there is none by that id.</summary>
    public Task<Indicator?> FindIndicatorAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        appStore.FindIndicatorAsync(indicatorId, cancellationToken);

    /// <summary>The series, or null when the indicator or the area is unknown.</summary>
    public async Task<IndicatorSeriesModel?> ForAsync(Reader reader, IndicatorSeriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(request);
        if (await appStore.FindIndicatorAsync(request.IndicatorId, cancellationToken) is not { } indicator || !areas.TryResolve(request.AreaCode, out var area))
        {
            return null;
        }

        var query = ObservationQuery.Series(indicator.Id, [area.Code], request.From, request.To) with { AsOf = request.AsOf, AllVersions = request.AllVersions };
        var observations = await warehouse.QueryAsync(query, cancellationToken);
        var withheld = await figures.WithheldFromAsync(reader, indicator, request.AsOf, cancellationToken);
        return Of(indicator, area, observations, withheld, chart: !request.AllVersions);
    }

    /// <summary>The series of the area's stored figures (the latest versions, in time order) as the reader may see them.</summary>
    public static IndicatorSeriesModel Of(Indicator indicator, Area area, IReadOnlyList<Observation> observations, WithheldFigures withheld, bool chart = true)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(withheld);
        var shown = withheld.Show(observations);
        var spc = chart ? SeriesChart.Of(shown, indicator) : null;
        return new IndicatorSeriesModel(indicator, area, IndicatorPoint.Of(shown, indicator, spc), spc, withheld)
        {
            WithheldBecause = [.. observations.Select(withheld.ReasonFor)],
        };
    }
}
