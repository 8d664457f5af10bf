namespace Safeguarding.Analytics.Domain.Observations;

/// <summary>A value for one indicator, area and period, as one version from one source.</summary>
public sealed record Observation
{
    public required string IndicatorId { get; init; }
    public required string AreaCode { get; init; }
    public required string PeriodKey { get; init; }
    public double? Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    public double? LowerCi { get; init; }
    public double? UpperCi { get; init; }
    public ObservationStatus Status { get; init; } = ObservationStatus.Final;

    /// <summary>Why there is no usable value: the source's code ("c", "x") or the rule that rejected it.</summary>
    public string? StatusReason { get; init; }

    /// <summary>Where it came from: "LAIT", "demo", a partner agency's return.</summary>
    public required string Source { get; init; }

    /// <summary>1 for the first submission of this (indicator, area, period) from the source; resubmissions count up.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The load that brought this version in (set by the store on read).</summary>
    public string? LoadId { get; init; }

    /// <summary>When that load was committed, UTC (set by the store on read).</summary>
    public DateTime? LoadedAt { get; init; }
}
