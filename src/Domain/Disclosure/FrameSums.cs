using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// The sums an indicator's frame publishes, for each of its counts (those counted; for a proportion also those not
/// counted): in each period each region is the sum of its local authorities (and each sub-region, Inner and Outer
/// London, of its own), and England the sum of its regions; and, as the figures show, each financial year is the sum
/// of its four quarters (a flow) or its fourth quarter (a stock).
/// Every (area, period) of a sum is a cell, held or not: one the service does not hold is an unknown. An authority
/// belongs to its region's sum in the periods it existed (an abolished one up to its last year, its successors after),
/// so one that did not exist, which a reader knows to be nothing, is never taken for cover.
/// </summary>
internal static class FrameSums
{
    /// <summary>How far a year may sit from its quarters' sum (or its fourth quarter) and still match: sources round.</summary>
    private static long Tolerance(long year) => Math.Max(1, Math.Abs(year) / 100);

    public static CountSums Build(Indicator indicator, IReadOnlyList<Observation> figures, AreaDirectory areas)
    {
        var held = new Dictionary<(string Area, Period Period), int>();
        for (var i = 0; i < figures.Count; i++)
        {
            if (Period.TryParse(figures[i].PeriodKey, out var period))
            {
                held[(areas.Find(figures[i].AreaCode)?.Code ?? figures[i].AreaCode, period)] = i;
            }
        }

        var periods = held.Keys.Select(k => k.Period).Distinct().Order().ToList();
        var regions = areas.Regions.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        // Every authority that names the region, abolished ones too: in each period, those that existed then.
        var authoritiesOf = areas.All
            .Where(a => a.Kind == AreaKind.LocalAuthority && a.RegionCode is not null)
            .GroupBy(a => areas.Resolve(a.RegionCode!).Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var authoritiesOfSubRegion = areas.All
            .Where(a => a.Kind == AreaKind.LocalAuthority && a.SubRegionCode is not null)
            .GroupBy(a => areas.Resolve(a.SubRegionCode!).Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var firstYearOf = areas.All
            .Where(a => a.LastYear is not null)
            .SelectMany(a => a.SuccessorCodes.Select(code => (Successor: areas.Find(code)?.Code, After: a.LastYear!.Value)))
            .Where(x => x.Successor is not null)
            .GroupBy(x => x.Successor!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(x => x.After) + 1, StringComparer.Ordinal);
        bool Existed(Area authority, Period period)
        {
            var year = period.Kind == PeriodKind.CalendarYear ? period.StartYear : period.StartYear + 1;
            return held.ContainsKey((authority.Code, period))
                || ((authority.LastYear is not { } last || year <= last)
                    && (!firstYearOf.TryGetValue(authority.Code, out var first) || year >= first));
        }

        var hierarchy = new List<(string[] Parts, string Total, Period Period)>();
        foreach (var period in periods)
        {
            foreach (var region in regions)
            {
                var parts = authoritiesOf.GetValueOrDefault(region.Code) ?? [];
                hierarchy.Add(([.. parts.Where(a => Existed(a, period)).Select(a => a.Code)], region.Code, period));
            }

            foreach (var subRegion in areas.SubRegions)
            {
                var parts = authoritiesOfSubRegion.GetValueOrDefault(subRegion.Code) ?? [];
                hierarchy.Add(([.. parts.Where(a => Existed(a, period)).Select(a => a.Code)], subRegion.Code, period));
            }

            hierarchy.Add(([.. regions.Select(r => r.Code)], areas.England.Code, period));
        }

        hierarchy.RemoveAll(h => !h.Parts.Append(h.Total).Any(a => held.ContainsKey((a, h.Period))));

        var years = new List<(string Area, Period Year)>();
        foreach (var (area, year) in held.Keys.Where(k => k.Period.Kind is PeriodKind.FinancialQuarter or PeriodKind.FinancialYear)
                     .Select(k => (k.Area, k.Period.FinancialYearOf())).Distinct())
        {
            years.Add((area, year));
        }

        var positions = hierarchy.SelectMany(h => h.Parts.Append(h.Total).Select(a => (a, h.Period)))
            .Concat(years.SelectMany(y => Quarters(y.Year).Append(y.Year).Select(p => (y.Area, p))))
            .Distinct()
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ThenBy(p => p.Item2)
            .ToList();

        var families = indicator.ValueType == IndicatorValueType.Proportion ? 2 : 1;
        var sums = new CountSums();
        for (var family = 0; family < families; family++)
        {
            var cells = new Dictionary<(string, Period), int>();
            foreach (var position in positions)
            {
                var figure = held.TryGetValue(position, out var f) ? f : -1;
                cells[position] = sums.AddCell(figure < 0 ? null : CountOf(figures[figure], indicator, family), figure);
            }

            foreach (var (parts, total, period) in hierarchy)
            {
                sums.AddSum([.. parts.Select(a => cells[(a, period)])], cells[(total, period)]);
            }

            long? Known((string, Period) position) => held.TryGetValue(position, out var f) ? TrueCount(figures[f], indicator, family) : null;
            var relation = RelationOf(years, Known);
            foreach (var (area, year) in years.OrderBy(y => y.Area, StringComparer.Ordinal).ThenBy(y => y.Year))
            {
                var quarters = Quarters(year).Select(q => (area, q)).ToList();
                foreach (var holds in RelationsHolding(relation, Known((area, year)), quarters.Select(Known).ToList()))
                {
                    var parts = holds == TimeRelation.Flow ? quarters : [quarters[3]];
                    sums.AddSum([.. parts.Select(p => cells[p])], cells[(area, year)]);
                }
            }
        }

        return sums;
    }

    /// <summary>
    /// How the indicator's years follow from its quarters, judged on every area and year with all four quarters and
    /// the year counted: a flow when the year matches the quarters' sum at least as often as its fourth quarter and in
    /// more than half of them; a stock when the year matches its fourth quarter in more than half; otherwise none.
    /// </summary>
    public static TimeRelation RelationOf(IEnumerable<(string Area, Period Year)> years, Func<(string, Period), long?> count)
    {
        var (complete, flow, stock) = (0, 0, 0);
        foreach (var (area, year) in years)
        {
            var quarters = Quarters(year).Select(q => count((area, q))).ToList();
            if (count((area, year)) is not { } total || quarters.Any(q => q is null))
            {
                continue;
            }

            complete++;
            flow += Math.Abs(total - quarters.Sum(q => q!.Value)) <= Tolerance(total) ? 1 : 0;
            stock += Math.Abs(total - quarters[3]!.Value) <= Tolerance(total) ? 1 : 0;
        }

        return flow >= stock && 2 * flow > complete ? TimeRelation.Flow
            : 2 * stock > complete ? TimeRelation.Stock
            : TimeRelation.None;
    }

    /// <summary>
    /// The sums across time a reader may take for one area and year. Where the service holds the year and all four
    /// quarters, each relation their own counts satisfy, whatever the indicator's other years do: a reader who
    /// subtracts there gets the true count, so the sum must be protected (both, when both hold). Where some are not
    /// held, the indicator's own relation, since nothing contradicts it.
    /// </summary>
    private static IEnumerable<TimeRelation> RelationsHolding(TimeRelation relation, long? year, List<long?> quarters)
    {
        if (year is not { } total || quarters.Any(q => q is null))
        {
            if (relation != TimeRelation.None)
            {
                yield return relation;
            }

            yield break;
        }

        if (Math.Abs(total - quarters.Sum(q => q!.Value)) <= Tolerance(total))
        {
            yield return TimeRelation.Flow;
        }

        if (Math.Abs(total - quarters[3]!.Value) <= Tolerance(total))
        {
            yield return TimeRelation.Stock;
        }
    }

    private static List<Period> Quarters(Period year) => [.. Enumerable.Range(1, 4).Select(q => Period.FinancialQuarter(year.StartYear, q))];

    /// <summary>The count as published: none when the figure carries no usable value (withheld at source, missing, rejected).</summary>
    private static long? CountOf(Observation figure, Indicator indicator, int family) =>
        figure.Status is ObservationStatus.Suppressed or ObservationStatus.Missing or ObservationStatus.Invalid
            ? null
            : TrueCount(figure, indicator, family);

    private static long? TrueCount(Observation figure, Indicator indicator, int family) =>
        family == 0 ? FigureCounts.Counted(figure, indicator) : FigureCounts.NotCounted(figure, indicator);
}
