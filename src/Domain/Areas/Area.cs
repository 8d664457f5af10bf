namespace Safeguarding.Analytics.Domain.Areas;

/// <summary>
/// A local authority, sub-region, region or England, identified by its current ONS code. An authority that changed ONS code
/// without changing its boundary (North Yorkshire, Somerset, Buckinghamshire) keeps one identity and lists its former
/// codes; one that was abolished names its successors and the last year it reported.
/// </summary>
public sealed record Area
{
    public required string Code { get; init; }
    public string? DfeCode { get; init; }
    public required string Name { get; init; }
    public required AreaKind Kind { get; init; }

    /// <summary>The E12 region of a local authority or sub-region; null for regions and England.</summary>
    public string? RegionCode { get; init; }

    /// <summary>
    /// The sub-region a local authority also sums to (Inner or Outer London, which DfE publishes beside London); null
    /// for authorities outside one.
    /// </summary>
    public string? SubRegionCode { get; init; }

    public IReadOnlyList<string> FormerCodes { get; init; } = [];

    /// <summary>The last reporting year (DfE time_period) of an abolished authority; null while it exists.</summary>
    public int? LastYear { get; init; }

    public IReadOnlyList<string> SuccessorCodes { get; init; } = [];

    public bool IsCurrent => LastYear is null;
}
