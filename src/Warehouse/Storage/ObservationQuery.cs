using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>What to read from the analytic store. Null filters mean "all".</summary>
public sealed record ObservationQuery
{
    public IReadOnlyCollection<string>? IndicatorIds { get; init; }
    public IReadOnlyCollection<string>? AreaCodes { get; init; }

    /// <summary>
    /// With <see cref="AreaCodes"/>, also every other area's figures for periods that start on or after this period's
    /// start: an area's whole series and its comparators' together with the recent national cross-sections, in one read.
    /// </summary>
    public Period? EveryAreaFrom { get; init; }
    public IReadOnlyCollection<string>? PeriodKeys { get; init; }

    /// <summary>Only periods that start on or after this period's start.</summary>
    public Period? From { get; init; }

    /// <summary>Only periods that end on or before this period's end.</summary>
    public Period? To { get; init; }

    public PeriodKind? PeriodKind { get; init; }

    /// <summary>Read as the store stood at this moment (UTC): later loads are ignored.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Every version rather than the latest of each (indicator, area, period).</summary>
    public bool AllVersions { get; init; }

    public static ObservationQuery Series(string indicatorId, IReadOnlyCollection<string> areaCodes, Period? from = null, Period? to = null) =>
        new() { IndicatorIds = [indicatorId], AreaCodes = areaCodes, From = from, To = to };

    public static ObservationQuery CrossSection(string indicatorId, string periodKey) =>
        new() { IndicatorIds = [indicatorId], PeriodKeys = [periodKey] };
}
