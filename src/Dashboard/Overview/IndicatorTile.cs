using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Observations;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>One indicator on the board overview: the home area's value with its direction of travel and comparators.</summary>
public sealed record IndicatorTile(
    Indicator Indicator,
    Observation? Latest,
    ComparatorValue NeighbourAverage,
    ComparatorValue England,
    DirectionOfTravel? Travel = null,
    string? Variation = null)
{
    public bool HasValue => Latest?.Value is not null;
}

/// <summary>A comparator's value, the period it is for, and why there is none when there is none.</summary>
public sealed record ComparatorValue(double? Value, string? PeriodKey, string? Note)
{
    public static ComparatorValue None(string note) => new(null, null, note);
}
