using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Dashboard.Comparison;

/// <summary>
/// One area's figure for a period against its comparators, as LAIT and Fingertips show it: the statistical-neighbour
/// average (unweighted, over neighbours with a value) with each neighbour, the region and England, the benchmark result
/// against each (the area's 95% and 99.8% intervals, by polarity), and the national rank and quartile band among
/// local authorities.
/// </summary>
internal static class AreaComparison
{
    /// <param name="withheld">
    /// The figures the reader does not see: each is withheld before anything is worked out, and counts as "no value"
    /// in the neighbour average, rank and band, as DfE's own suppressed cells do in LAIT.
    /// </param>
    public static ComparisonResult Of(
        Indicator indicator, string periodKey, Area area, AreaDirectory areas, IReadOnlyList<Observation> crossSection, WithheldFigures withheld)
    {
        ArgumentNullException.ThrowIfNull(withheld);
        var byArea = withheld.Show(crossSection).ToDictionary(o => o.AreaCode, StringComparer.Ordinal);
        string? Suppressed(string code) => byArea.GetValueOrDefault(code) is { Status: ObservationStatus.Suppressed } o ? o.StatusReason ?? "suppressed at source" : null;
        var own = byArea.GetValueOrDefault(area.Code);
        var benchmark = new FigureBenchmark(own, indicator);
        var (at95, at998) = (benchmark.At95, benchmark.At998);

        var neighbours = areas.Neighbours(area.Code)
            .OrderBy(n => n.Rank)
            .Select(n => (Neighbour: n, Area: areas.Resolve(n.NeighbourCode)))
            .Select(n => (n.Neighbour, n.Area, Value: byArea.GetValueOrDefault(n.Area.Code)?.Value))
            .ToList();
        var average = StatisticalNeighbourAverage.Of(neighbours.Select(n => n.Value));
        var region = areas.RegionOf(area);
        var regionValue = region is null ? null : byArea.GetValueOrDefault(region.Code)?.Value;
        var englandValue = byArea.GetValueOrDefault(areas.England.Code)?.Value;
        var localAuthorityValues = areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => byArea.GetValueOrDefault(a.Code)?.Value).ToList();

        return new ComparisonResult(
            indicator.Id,
            periodKey,
            indicator.Unit,
            indicator.Polarity,
            new ComparedArea(
                area.Code, area.Name, own?.Value, own?.Numerator, own?.Denominator, at95?.Lower, at95?.Upper, at998?.Lower, at998?.Upper,
                at95?.Method, own?.Status.ToString().ToLowerInvariant(), own?.Source, own?.Version, own?.LoadId, Suppressed(area.Code)),
            new NeighbourComparison(
                average.Value,
                average.NeighboursWithValue,
                benchmark.Against(average.Value),
                [.. neighbours.Select(n => new NeighbourFigure(n.Neighbour.Rank, n.Area.Code, n.Area.Name, n.Value, Suppressed(n.Area.Code)))]),
            region is null ? null : new ComparatorFigure(region.Code, region.Name, regionValue, benchmark.Against(regionValue), Suppressed(region.Code)),
            new ComparatorFigure(areas.England.Code, areas.England.Name, englandValue, benchmark.Against(englandValue), Suppressed(areas.England.Code)),
            NationalRank.Of(own?.Value, localAuthorityValues, indicator.Polarity),
            localAuthorityValues.Count(v => v is not null),
            QuartileBand.Of(own?.Value, localAuthorityValues, indicator.Polarity),
            withheld.Rule?.SmallCountReason);
    }
}

/// <summary>An area's figure for a period against its comparators.</summary>
internal sealed record ComparisonResult(
    string IndicatorId,
    string Period,
    string Unit,
    Polarity Polarity,
    ComparedArea Area,
    NeighbourComparison Neighbours,
    ComparatorFigure? Region,
    ComparatorFigure England,
    int? NationalRank,
    int LocalAuthoritiesWithValue,
    string? QuartileBand,
    string? DisclosureControl = null);

/// <summary>The compared area's figure with its intervals and provenance.</summary>
internal sealed record ComparedArea(
    string Code, string Name, double? Value, double? Numerator, double? Denominator, double? Lower95, double? Upper95,
    double? Lower998, double? Upper998, string? IntervalMethod, string? Status, string? Source, int? Version, string? LoadId, string? Suppressed = null);

/// <summary>The statistical-neighbour average, how many neighbours it rests on, the benchmark against it, and each neighbour.</summary>
internal sealed record NeighbourComparison(double? Average, int WithValue, string Benchmark, IReadOnlyList<NeighbourFigure> Members);

/// <summary>One statistical neighbour (rank 1 = closest) and its figure.</summary>
internal sealed record NeighbourFigure(int Rank, string Code, string Name, double? Value, string? Suppressed = null);

/// <summary>A comparator area's figure and the benchmark result against it.</summary>
internal sealed record ComparatorFigure(string Code, string Name, double? Value, string Benchmark, string? Suppressed = null);
