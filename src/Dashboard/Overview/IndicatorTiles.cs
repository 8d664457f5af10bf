using Safeguarding.Analytics.Dashboard.Comparison;
using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// Builds an indicator's tile from figures already read. Quarterly indicators show the chosen quarter; comparators
/// (published yearly) show the latest year that had started by the end of that quarter, and say which year it is.
/// The area's figure is benchmarked against each comparator on its own interval; its quartile band and rank come from
/// its published figure for that year among every local authority's.
/// </summary>
public sealed class IndicatorTiles(HomeArea view, IReadOnlySet<string> localAuthorities)
{
    /// <summary>Fewer authorities than this with a figure give no quartile band: the cut points would mean little.</summary>
    public const int FewestAuthoritiesForBands = 20;

    private readonly HashSet<string> _neighbourCodes = view.Neighbours.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _comparatorCodes = view.AllCodes.Skip(1).ToHashSet(StringComparer.Ordinal);

    /// <param name="figures">The indicator's figures: the area's whole series, its comparators' and the recent national years.</param>
    public IndicatorTile Build(Indicator indicator, IReadOnlyList<PeriodFigure> figures, Period quarter, int openExceptions = 0)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(quarter);
        var ofArea = figures.Where(f => f.AreaCode == view.Area.Code).OrderBy(f => f.Period).ToList();
        var latest = indicator.Frequency == Frequency.Quarterly
            ? ofArea.Where(f => f.Period == quarter).Select(f => (PeriodFigure?)f).FirstOrDefault() ?? LatestYear(ofArea, quarter)
            : LatestYear(ofArea, quarter);
        var series = ofArea.Select(f => f.Observation).ToList();
        var tile = new IndicatorTile(indicator, latest?.Observation, None(indicator), None(indicator),
            DirectionOfTravel.Of(indicator, series, latest?.Observation), Variation(indicator, ofArea, latest))
        {
            Trend = latest is { } shown ? Trend(ofArea, shown) : null,
            OpenExceptions = openExceptions,
            Region = None(indicator),
        };

        var comparatorYear = figures.Where(f => _comparatorCodes.Contains(f.AreaCode) && f.IsPublishedBy(quarter))
            .Select(f => f.Period).DefaultIfEmpty().Max();
        if (comparatorYear is null)
        {
            return tile;
        }

        var ofYear = figures.Where(f => f.Period == comparatorYear).Select(f => f.Observation).ToList();
        var benchmark = new FigureBenchmark(latest?.Observation, indicator);
        var average = StatisticalNeighbourAverage.Of(ofYear.Where(o => _neighbourCodes.Contains(o.AreaCode)).Select(o => o.Value));
        var englandRow = ofYear.FirstOrDefault(o => o.AreaCode == view.England.Code);
        var regionRow = ofYear.FirstOrDefault(o => o.AreaCode == view.Region.Code);
        return tile with
        {
            NeighbourAverage = new ComparatorValue(
                average.Value,
                comparatorYear.Key,
                average.Value is null ? "No neighbour has a value" : $"Average of {average.NeighboursWithValue} of {view.Neighbours.Count} neighbours",
                benchmark.Against(average.Value)),
            England = new ComparatorValue(englandRow?.Value, comparatorYear.Key, englandRow is { Value: null } ? Explain(englandRow) : null,
                benchmark.Against(englandRow?.Value)),
            Region = new ComparatorValue(regionRow?.Value, comparatorYear.Key, regionRow is { Value: null } ? Explain(regionRow) : null,
                benchmark.Against(regionRow?.Value)),
            National = National(indicator, comparatorYear, ofYear),
        };
    }

    private NationalPosition? National(Indicator indicator, Period year, List<Observation> ofYear)
    {
        var own = ofYear.FirstOrDefault(o => o.AreaCode == view.Area.Code)?.Value;
        var values = ofYear.Where(o => localAuthorities.Contains(o.AreaCode)).Select(o => o.Value).ToList();
        var authorities = values.Count(v => v is not null);
        if (own is null || authorities < FewestAuthoritiesForBands)
        {
            return null;
        }

        var quartiles = Quartiles.Of(values)!;
        var placement = own <= quartiles.Lower ? "lowest quarter" : own <= quartiles.Median ? "second-lowest quarter"
            : own <= quartiles.Upper ? "second-highest quarter" : "highest quarter";
        return new NationalPosition(
            year.Key, own.Value, QuartileBand.Of(own, quartiles, indicator.Polarity), NationalRank.Of(own, values, indicator.Polarity), authorities, placement);
    }

    private static ComparatorValue None(Indicator indicator) =>
        ComparatorValue.None(indicator.ComparatorSource is null ? "Local measure: no published comparator" : "Not published yet");

    /// <summary>The XmR chart's variation icon for the series up to the figure shown, or null without a figure.</summary>
    private static string? Variation(Indicator indicator, List<PeriodFigure> ofArea, PeriodFigure? latest) =>
        latest is not { } shown ? null
            : SeriesChart.Of(ofArea.Where(f => f.Period <= shown.Period).Select(f => f.Observation).ToList(), indicator)?.Chart.VariationIcon;

    private static Sparkline? Trend(List<PeriodFigure> ofArea, PeriodFigure shown) =>
        Sparkline.Of(ofArea
            .Where(f => f.Period.Kind == shown.Period.Kind && f.Period <= shown.Period && f.Observation.Value is not null)
            .Select(f => new SparkPoint(f.Observation.PeriodKey, f.Observation.Value!.Value)));

    private static PeriodFigure? LatestYear(List<PeriodFigure> ofArea, Period quarter) =>
        ofArea.Where(f => f.IsPublishedBy(quarter)).Select(f => (PeriodFigure?)f).LastOrDefault();

    private static string Explain(Observation observation) =>
        observation.Status switch
        {
            ObservationStatus.Invalid => $"Not shown: {observation.StatusReason}",
            ObservationStatus.Suppressed => $"Suppressed ({observation.StatusReason})",
            _ => $"Not available ({observation.StatusReason})",
        };
}
