using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Dashboard.Submissions;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// Builds the board overview for a reader with one warehouse query — every indicator for the area and its comparators
/// over all periods, with every local authority's recent years for the quartile bands, kept until the next load
/// (<see cref="LatestFigures"/>) — plus one read of the open
/// exceptions the reader may see and one of the submissions behind the figures shown that the reader may open.
/// </summary>
public sealed class BoardOverviewQuery(
    LatestFigures warehouse, IAppStore appStore, HomeArea home, AreaDirectory areas, FiguresForReaders withheldFrom, ExceptionRegister register, SubmissionRecords submissionRecords)
{
    /// <summary>
    /// Years of every authority's figures read for quartile bands, counted back from the quarter's year: national
    /// publications run a year or so behind the quarter. A comparator year older than this shows no band.
    /// </summary>
    public const int NationalYears = 2;

    private readonly IReadOnlySet<string> _localAuthorities =
        areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The board's own area's overview for a quarter (the latest with figures when null or unknown), as the reader may see it.</summary>
    public Task<BoardOverview> BuildAsync(Reader reader, Period? quarter, CancellationToken cancellationToken = default) =>
        BuildAsync(reader, quarter, home, cancellationToken);

    /// <summary>Any local authority's overview against its own neighbours, region and England.</summary>
    public Task<BoardOverview> BuildAsync(Reader reader, Period? quarter, HomeArea view, CancellationToken cancellationToken = default) =>
        BuildAsync(reader, quarter, view, asOf: null, cancellationToken);

    /// <summary>
    /// The overview as the stores stood at <paramref name="asOf"/> (UTC; null for now): figures loaded later are
    /// ignored, and an exception counts as open only if it had been raised by then and not yet cleared — what a board
    /// pack frozen at that moment showed, however many returns are resubmitted afterwards. A figure withheld from the
    /// reader comes without its numbers, and nothing on a tile (direction, benchmarks, band, chart) is worked from it.
    /// </summary>
    public async Task<BoardOverview> BuildAsync(Reader reader, Period? quarter, HomeArea view, DateTime? asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(view);
        var priorities = await appStore.GetPrioritiesAsync(cancellationToken);
        var indicators = await appStore.GetIndicatorsAsync(cancellationToken);
        var reach = quarter ?? await LatestQuarterReturnedAsync(asOf, cancellationToken) ?? Period.QuarterContaining(DateOnly.FromDateTime(asOf ?? DateTime.UtcNow));
        var observations = await warehouse.QueryAsync(
            new ObservationQuery { AreaCodes = view.AllCodes, EveryAreaFrom = Period.FinancialYear(reach.StartYear - NationalYears), AsOf = asOf },
            cancellationToken);
        var withheld = await withheldFrom.WithheldFromAsync(reader, indicators, asOf, cancellationToken);
        var figures = observations
            .Select(o => withheld.TryGetValue(o.IndicatorId, out var decided) ? decided.Show(o) : o)
            .Select(PeriodFigure.Of)
            .ToList();

        var quarters = figures
            .Where(f => f.AreaCode == view.Area.Code && f.Period.Kind == PeriodKind.FinancialQuarter)
            .Select(f => f.Period)
            .Distinct()
            .Order()
            .ToList();
        var chosen = quarter is not null && quarters.Contains(quarter) ? quarter : quarters.LastOrDefault() ?? reach;

        var open = (await OpenExceptionsAsync(reader, view, asOf, cancellationToken))
            .Where(f => f.Finding.IndicatorId.Length > 0)
            .ToLookup(f => f.Finding.IndicatorId, StringComparer.Ordinal);
        var byIndicator = figures.ToLookup(f => f.Observation.IndicatorId, StringComparer.Ordinal);
        var tiles = new IndicatorTiles(view, _localAuthorities);
        var sections = priorities
            .Select(p => new PrioritySection(
                p,
                [.. indicators.Where(i => i.PriorityId == p.Id).Select(i => tiles.Build(i, [.. byIndicator[i.Id]], chosen, open[i.Id].Count()))]))
            .Where(s => s.Tiles.Count > 0)
            .Select(s => s with { OpenExceptions = s.Tiles.Sum(t => t.OpenExceptions) })
            .ToList();
        sections = await WithSubmissionsAsync(reader, sections, cancellationToken);

        var asAt = observations.Where(o => o.LoadedAt is not null).Select(o => o.LoadedAt).DefaultIfEmpty().Max();
        return new BoardOverview(view, chosen, quarters, sections, asAt) { Withheld = withheld };
    }

    /// <summary>
    /// The area's open exceptions; as at a moment, those raised by then and not cleared by then. (The register keeps
    /// only the latest clearing, so one cleared before the moment and raised again after it counts as open.)
    /// </summary>
    private async Task<IEnumerable<ExceptionFlag>> OpenExceptionsAsync(Reader reader, HomeArea view, DateTime? asOf, CancellationToken cancellationToken)
    {
        if (asOf is not { } moment)
        {
            return await register.CountedForAsync(
                reader, new ExceptionFilter { AreaCode = view.Area.Code, Status = ExceptionStatuses.Open, Limit = 10_000 }, cancellationToken);
        }

        var all = await register.CountedForAsync(reader, new ExceptionFilter { AreaCode = view.Area.Code, Limit = 10_000 }, cancellationToken);
        return all.Where(f => f.FirstSeen <= moment && (f.Status == ExceptionStatuses.Open || f.ClearedAt > moment));
    }

    /// <summary>The latest quarter a partner's return was loaded for (by the moment, when given): the quarter the overview opens on.</summary>
    private async Task<Period?> LatestQuarterReturnedAsync(DateTime? asOf, CancellationToken cancellationToken)
    {
        var loaded = await appStore.GetSubmissionsAsync(new SubmissionFilter { Status = SubmissionStatus.Loaded, Limit = 500 }, cancellationToken);
        return loaded.Where(s => asOf is null || s.ProcessedAt <= asOf)
            .Select(s => Period.TryParse(s.PeriodKey, out var period) ? period : null)
            .Where(p => p is { Kind: PeriodKind.FinancialQuarter })
            .Max();
    }

    /// <summary>Each figure shown with the partner's submission whose load holds it, found in one read.</summary>
    private async Task<List<PrioritySection>> WithSubmissionsAsync(Reader reader, List<PrioritySection> sections, CancellationToken cancellationToken)
    {
        var loadIds = sections.SelectMany(s => s.Tiles).Select(t => t.Latest?.LoadId).OfType<string>().Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (loadIds.Count == 0)
        {
            return sections;
        }

        var submissions = await submissionRecords.SubmissionsBehindLoadsAsync(reader, loadIds, cancellationToken);
        return [.. sections.Select(s => s with
        {
            Tiles = [.. s.Tiles.Select(t => t.Latest?.LoadId is { } load && submissions.TryGetValue(load, out var id) ? t with { SubmissionId = id } : t)],
        })];
    }
}
