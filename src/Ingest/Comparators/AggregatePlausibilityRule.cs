using System.Globalization;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Comparators;

/// <summary>
/// A rate or proportion for England must lie within the range of its regions' values, and a region's within the range
/// of its authorities' values: an average cannot be outside its parts. A published aggregate that is (LAIT's England
/// first-time entrants row is the sum of the regional rates) is kept in the reason but not shown as a value.
/// </summary>
public sealed class AggregatePlausibilityRule
{
    /// <summary>Published figures are rounded, so an aggregate may sit this far outside its parts' range.</summary>
    public const double RoundingTolerance = 0.5;

    private readonly AreaDirectory _areas;
    private readonly HashSet<string> _averagedIndicators;

    public AggregatePlausibilityRule(AreaDirectory areas, IEnumerable<Indicator> catalogue)
    {
        _areas = areas;
        _averagedIndicators = catalogue
            .Where(i => i.ValueType is IndicatorValueType.Rate or IndicatorValueType.Proportion)
            .Select(i => i.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The observations, in the same order, with implausible aggregates made Invalid.</summary>
    public IReadOnlyList<Observation> Apply(IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var valuesByArea = observations
            .Where(o => o.Value is not null && _averagedIndicators.Contains(o.IndicatorId))
            .ToLookup(o => (o.IndicatorId, o.PeriodKey));

        return [.. observations.Select(o => Check(o, valuesByArea[(o.IndicatorId, o.PeriodKey)]))];
    }

    private Observation Check(Observation observation, IEnumerable<Observation> crossSection)
    {
        if (observation.Value is not { } value || !_averagedIndicators.Contains(observation.IndicatorId))
        {
            return observation;
        }

        var aggregate = _areas.Resolve(observation.AreaCode);
        var (partsName, isPart) = PartsOf(aggregate);
        if (isPart is null)
        {
            return observation;
        }

        var parts = crossSection.Where(o => isPart(_areas.Resolve(o.AreaCode))).Select(o => o.Value!.Value).ToList();
        if (parts.Count < 2 || (value >= parts.Min() - RoundingTolerance && value <= parts.Max() + RoundingTolerance))
        {
            return observation;
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{aggregate.Name} value {value} is outside the range of its {partsName}' values ({parts.Min()} to {parts.Max()}); published figure is not a valid rate");
        return observation with { Value = null, Status = ObservationStatus.Invalid, StatusReason = reason };
    }

    private static (string PartsName, Func<Area, bool>? IsPart) PartsOf(Area aggregate) => aggregate.Kind switch
    {
        AreaKind.Country => ("regions", a => a.Kind == AreaKind.Region),
        AreaKind.Region => ("local authorities", a => a.Kind == AreaKind.LocalAuthority && a.RegionCode == aggregate.Code),
        _ => (string.Empty, null),
    };
}
