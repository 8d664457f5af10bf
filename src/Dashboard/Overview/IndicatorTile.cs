using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// One indicator on the board overview: the area's figure with its direction of travel, XmR variation and recent
/// trend, its comparators with the benchmark against each, its national quartile band, and its open exceptions.
/// </summary>
public sealed record IndicatorTile(
    Indicator Indicator,
    Observation? Latest,
    ComparatorValue NeighbourAverage,
    ComparatorValue England,
    DirectionOfTravel? Travel = null,
    string? Variation = null)
{
    public bool HasValue => Latest?.Value is not null;

    /// <summary>The area's place among local authorities in the comparator year, or null where there is none.</summary>
    public NationalPosition? National { get; init; }

    /// <summary>The area's recent figures of the latest figure's kind, up to it.</summary>
    public Sparkline? Trend { get; init; }

    public int OpenExceptions { get; init; }

    /// <summary>The region's value in the comparator year, benchmarked as England's is (the board pack shows it).</summary>
    public ComparatorValue Region { get; init; } = ComparatorValue.None("Not published yet");

    /// <summary>The submission whose load holds the latest figure, when it came from a partner's return.</summary>
    public long? SubmissionId { get; init; }
}

/// <summary>
/// A comparator's value, the period it is for, why there is none when there is none, and the area's figure
/// benchmarked against it (better, similar, worse, best, worst, higher, lower, or none when not compared).
/// </summary>
public sealed record ComparatorValue(double? Value, string? PeriodKey, string? Note, string Benchmark = "none")
{
    public static ComparatorValue None(string note) => new(null, null, note);
}

/// <summary>
/// The area's published figure for a year (<paramref name="Value"/>) among every local authority's: LAIT's quartile band (A best to D worst;
/// null for a neutral indicator), national rank (1 best; null for a neutral indicator) and, for every indicator, which
/// quarter of authorities by value it falls in ("highest quarter").
/// </summary>
public sealed record NationalPosition(string PeriodKey, double Value, string? Band, int? Rank, int Authorities, string Placement);
