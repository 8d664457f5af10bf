using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Warehouse.Extracts;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Schedules;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Builds a quarter's board pack as the stores stood at a moment: the overview by priority, the exceptions escalated
/// to the board, the reporting agencies' commentary and the deep dive due in the month of the meeting. Everything is
/// read as at the moment, so building again as at the same moment gives the same content after any later resubmission.
/// </summary>
public sealed class BoardPackBuilder(
    BoardOverviewQuery overviews, IAnalyticStore warehouse, IAppStore store, HomeArea home, ReferenceDataSet reference, PackEscalations packEscalations)
{
    /// <summary>The pack, or null when the quarter had no figures for the area at the moment.</summary>
    public async Task<BoardPackContent?> BuildAsync(Period quarter, DateOnly presentedOn, DateTime asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var moment = asOf.ToUniversalTime();
        var figuresAsOf = FiguresAsOf(moment);
        // The pack is for the board: it is built for a board member, under disclosure control, whoever freezes it.
        var overview = await overviews.BuildAsync(Reader.BoardMember, quarter, home, figuresAsOf, cancellationToken).ConfigureAwait(false);
        if (overview.Quarter != quarter || !overview.Quarters.Contains(quarter))
        {
            return null;
        }

        var series = (await warehouse.QueryAsync(new ObservationQuery { AreaCodes = [home.Area.Code], AsOf = figuresAsOf }, cancellationToken).ConfigureAwait(false))
            .GroupBy(o => (o.IndicatorId, o.PeriodKey))
            .ToDictionary(g => g.Key, g => g.Last());
        var notes = (await store.GetCommentaryAsync(
                new CommentaryFilter { AreaCode = home.Area.Code, LatestOnly = false, Limit = 10_000 }, cancellationToken).ConfigureAwait(false))
            .Where(n => n.CreatedAt <= moment)
            .ToLookup(n => (n.IndicatorId, n.PeriodKey));
        var figures = new PackIndicators(home, series, notes, overview.Withheld);
        var priorities = overview.Sections.Select(section => new PackPriority(
                section.Priority.Id,
                section.Priority.Name,
                section.Priority.Description,
                section.OpenExceptions,
                [.. section.Tiles.Select(tile => Row(figures, tile))]))
            .ToList();
        var indicators = await store.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
        var escalations = await packEscalations.AsAtAsync(home.Area.Code, moment, figuresAsOf, indicators, cancellationToken).ConfigureAwait(false);

        return new BoardPackContent
        {
            Quarter = quarter.Key,
            PresentedOn = presentedOn,
            DataAsOf = moment,
            FiguresLoadedUpTo = overview.DataAsAt,
            Area = $"{home.Area.Name} ({home.Area.Code})",
            Comparators = $"the average of its {home.Neighbours.Count} statistical neighbours, {home.Region.Name} and {home.England.Name}",
            DisclosureControl = $"A figure built on a count of 1 to {DisclosureRule.Standard.SmallestShown - 1} is not shown, for every reader, so that no child can be identified.",
            Priorities = priorities,
            Escalations = escalations,
            DeepDives = await DeepDivesAsync(presentedOn, moment, priorities, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// The moment the figures are read as at: the end of the last whole second before <paramref name="moment"/>. The
    /// warehouse keeps commit times to the second, so a load committed later in the same second as the moment could not
    /// be told apart from one before it; leaving that second out makes a rebuild read exactly the same loads.
    /// </summary>
    public static DateTime FiguresAsOf(DateTime moment) =>
        new DateTime(moment.Ticks - (moment.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddTicks(-1);

    private PackIndicator Row(PackIndicators figures, IndicatorTile tile)
    {
        var agency = reference.Agencies.FirstOrDefault(a => a.Owns(tile.Indicator));
        return figures.Build(tile, agency?.Id, agency?.Name ?? tile.Indicator.LeadAgency);
    }

    /// <summary>
    /// The deep dives due in the meeting's month, each with its priorities' headline figures as the pack shows them and
    /// the extracts made for it, with each one's latest file made by the moment.
    /// </summary>
    private async Task<List<PackDeepDive>> DeepDivesAsync(DateOnly presentedOn, DateTime moment, List<PackPriority> priorities, CancellationToken cancellationToken)
    {
        var due = ReportingTimetable.DueIn(presentedOn.Month);
        var extracts = due.Count == 0 ? [] : await store.GetExtractsAsync(cancellationToken).ConfigureAwait(false);
        var dives = new List<PackDeepDive>();
        foreach (var dive in due)
        {
            var covered = priorities.Where(p => dive.PriorityIds.Contains(p.Id, StringComparer.Ordinal)).ToList();
            var files = new List<PackDeepDiveExtract>();
            foreach (var extract in extracts.Where(e => e.DeepDiveId == dive.Id && e.CreatedAt <= moment).OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                var run = (await store.GetExtractRunsAsync(extract.Id, 500, cancellationToken).ConfigureAwait(false))
                    .FirstOrDefault(r => r.Status == ExtractRunStatuses.Succeeded && r.FinishedAt <= moment);
                files.Add(new PackDeepDiveExtract(
                    extract.Title, extract.Format, run?.Id, run?.FinishedAt, run?.Rows, run?.SuppressedFigures, run?.Sha256, $"/extracts/{Uri.EscapeDataString(extract.Id)}"));
            }

            dives.Add(new PackDeepDive(
                dive.Theme,
                dive.Note,
                [.. covered.Select(p => p.Name)],
                [.. covered.SelectMany(p => p.Indicators.Select(i => new PackHeadline(p.Name, i.Name, i.Period, i.Figure, i.NotShown, i.Link)))],
                files));
        }

        return dives;
    }
}
