using Safeguarding.Analytics.Forecasting.Benchmarking;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Warehouse.Areas;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Observations;

namespace Safeguarding.Analytics.Dashboard.Comparison;

/// <summary>
/// One area's figure for a period against its comparators, as LAIT and Fingertips show it: the statistical-neighbour
/// average (unweighted, over neighbours with a value) with each neighbour, the region and England, the benchmark result
/// against each (the area's 95% and 99.8% intervals, by polarity), and the national rank and quartile band among
/// local authorities.
/// </summary>
internal static class AreaComparison
{
    public static object Of(Indicator indicator, string periodKey, Area area, AreaDirectory areas, IReadOnlyList<Observation> crossSection)
    {
        var byArea = crossSection.ToDictionary(o => o.AreaCode, StringComparer.Ordinal);
        var own = byArea.GetValueOrDefault(area.Code);
        var at95 = own is null ? null : ObservationIntervals.Of(own, indicator, ConfidenceLevel.NinetyFive);
        var at998 = own is null ? null : ObservationIntervals.Of(own, indicator, ConfidenceLevel.NinetyNinePointEight);
        string Against(double? benchmark) => (at998 is null
            ? Benchmark.Compare(own?.Value, at95?.Lower, at95?.Upper, benchmark, indicator.Polarity)
            : Benchmark.Compare(own?.Value, at95?.Lower, at95?.Upper, at998.Lower, at998.Upper, benchmark, indicator.Polarity)).Name();

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

        return new
        {
            indicatorId = indicator.Id,
            period = periodKey,
            unit = indicator.Unit,
            polarity = indicator.Polarity,
            area = new
            {
                code = area.Code,
                name = area.Name,
                value = own?.Value,
                numerator = own?.Numerator,
                denominator = own?.Denominator,
                lower95 = at95?.Lower,
                upper95 = at95?.Upper,
                lower998 = at998?.Lower,
                upper998 = at998?.Upper,
                intervalMethod = at95?.Method,
                status = own?.Status.ToString().ToLowerInvariant(),
                source = own?.Source,
                version = own?.Version,
                loadId = own?.LoadId,
            },
            neighbours = new
            {
                average = average.Value,
                withValue = average.NeighboursWithValue,
                benchmark = Against(average.Value),
                members = neighbours.Select(n => new { rank = n.Neighbour.Rank, code = n.Area.Code, name = n.Area.Name, value = n.Value }),
            },
            region = region is null ? null : new { code = region.Code, name = region.Name, value = regionValue, benchmark = Against(regionValue) },
            england = new { code = areas.England.Code, name = areas.England.Name, value = englandValue, benchmark = Against(englandValue) },
            nationalRank = NationalRank.Of(own?.Value, localAuthorityValues, indicator.Polarity),
            localAuthoritiesWithValue = localAuthorityValues.Count(v => v is not null),
            quartileBand = QuartileBand.Of(own?.Value, localAuthorityValues, indicator.Polarity),
        };
    }
}
