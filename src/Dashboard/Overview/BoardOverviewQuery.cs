using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Exceptions;
using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// Builds the board overview with one warehouse query — every indicator for the home area and its comparators — and
/// one read of the open exceptions, counted per priority.
/// Quarterly indicators show the chosen quarter; comparators (published yearly) show the latest year that had
/// started by the end of that quarter, and say which year it is.
/// </summary>
public sealed class BoardOverviewQuery(IAnalyticStore warehouse, IAppStore appStore, HomeArea home)
{
    public async Task<BoardOverview> BuildAsync(Period? quarter, CancellationToken cancellationToken = default)
    {
        var priorities = await appStore.GetPrioritiesAsync(cancellationToken);
        var indicators = await appStore.GetIndicatorsAsync(cancellationToken);
        var observations = await warehouse.QueryAsync(new ObservationQuery { AreaCodes = home.AllCodes }, cancellationToken);

        var quarters = observations
            .Where(o => o.AreaCode == home.Area.Code)
            .Select(o => Period.Parse(o.PeriodKey))
            .Where(p => p.Kind == PeriodKind.FinancialQuarter)
            .Distinct()
            .Order()
            .ToList();
        var chosen = quarter is not null && quarters.Contains(quarter) ? quarter : quarters.LastOrDefault() ?? Period.QuarterContaining(DateOnly.FromDateTime(DateTime.UtcNow));

        var byIndicator = observations.ToLookup(o => o.IndicatorId);
        var open = (await appStore.GetExceptionsAsync(
                new ExceptionFilter { AreaCode = home.Area.Code, Status = ExceptionStatuses.Open, Limit = 10_000 }, cancellationToken))
            .Where(f => f.Finding.IndicatorId.Length > 0)
            .ToLookup(f => f.Finding.IndicatorId, StringComparer.Ordinal);
        var sections = priorities
            .Select(p =>
            {
                var ofPriority = indicators.Where(i => i.PriorityId == p.Id).ToList();
                return new PrioritySection(
                    p,
                    ofPriority.Select(i => Tile(i, byIndicator[i.Id].ToList(), chosen)).ToList(),
                    ofPriority.Sum(i => open[i.Id].Count()));
            })
            .Where(s => s.Tiles.Count > 0)
            .ToList();
        var asAt = observations.Where(o => o.LoadedAt is not null).Select(o => o.LoadedAt).DefaultIfEmpty().Max();
        return new BoardOverview(home, chosen, quarters, sections, asAt);
    }

    private IndicatorTile Tile(Indicator indicator, List<Observation> observations, Period quarter)
    {
        var ofHome = observations.Where(o => o.AreaCode == home.Area.Code).ToList();
        var latest = indicator.Frequency == Frequency.Quarterly
            ? ofHome.FirstOrDefault(o => o.PeriodKey == quarter.Key) ?? LatestYear(ofHome, quarter)
            : LatestYear(ofHome, quarter);

        var neighbourCodes = home.Neighbours.Select(n => n.Code).ToHashSet();
        var comparatorYear = observations
            .Where(o => o.AreaCode != home.Area.Code && IsPublishedBy(o, quarter))
            .Select(o => Period.Parse(o.PeriodKey))
            .DefaultIfEmpty()
            .Max();
        if (comparatorYear is null)
        {
            var none = ComparatorValue.None(indicator.ComparatorSource is null ? "Local measure: no published comparator" : "Not published yet");
            return new IndicatorTile(indicator, latest, none, none, DirectionOfTravel.Of(indicator, ofHome, latest), Variation(indicator, ofHome, latest));
        }

        var ofYear = observations.Where(o => o.PeriodKey == comparatorYear.Key).ToList();
        var average = StatisticalNeighbourAverage.Of(ofYear.Where(o => neighbourCodes.Contains(o.AreaCode)).Select(o => o.Value));
        var neighbours = new ComparatorValue(
            average.Value,
            comparatorYear.Key,
            average.Value is null ? "No neighbour has a value" : $"Average of {average.NeighboursWithValue} of {home.Neighbours.Count} neighbours");
        var englandRow = ofYear.FirstOrDefault(o => o.AreaCode == home.England.Code);
        var england = new ComparatorValue(englandRow?.Value, comparatorYear.Key, englandRow is { Value: null } ? Explain(englandRow) : null);
        return new IndicatorTile(indicator, latest, neighbours, england, DirectionOfTravel.Of(indicator, ofHome, latest), Variation(indicator, ofHome, latest));
    }

    /// <summary>The XmR chart's variation icon for the series up to the figure shown, or null without a figure.</summary>
    private static string? Variation(Indicator indicator, List<Observation> ofHome, Observation? latest)
    {
        if (latest is null)
        {
            return null;
        }

        var until = Period.Parse(latest.PeriodKey);
        var series = ofHome.Where(o => Period.Parse(o.PeriodKey) <= until).OrderBy(o => Period.Parse(o.PeriodKey)).ToList();
        return SeriesChart.Of(series, indicator)?.Chart.VariationIcon;
    }

    private static Observation? LatestYear(List<Observation> observations, Period quarter) =>
        observations.Where(o => IsPublishedBy(o, quarter)).MaxBy(o => Period.Parse(o.PeriodKey));

    private static bool IsPublishedBy(Observation observation, Period quarter)
    {
        var period = Period.Parse(observation.PeriodKey);
        return period.Kind != PeriodKind.FinancialQuarter && period.Start <= quarter.End;
    }

    private static string Explain(Observation observation) =>
        observation.Status switch
        {
            ObservationStatus.Invalid => $"Not shown: {observation.StatusReason}",
            ObservationStatus.Suppressed => $"Suppressed ({observation.StatusReason})",
            _ => $"Not available ({observation.StatusReason})",
        };
}
