namespace Safeguarding.Analytics.Warehouse.Commentary;

/// <summary>Which commentary to list, by period then agency. Null filters mean "all".</summary>
public sealed record CommentaryFilter
{
    public string? IndicatorId { get; init; }

    /// <summary>The area's ONS code.</summary>
    public string? AreaCode { get; init; }

    public string? PeriodKey { get; init; }

    public string? AgencyId { get; init; }

    /// <summary>Only the latest version of each note (the default); false lists every version.</summary>
    public bool LatestOnly { get; init; } = true;

    public int Limit { get; init; } = 1_000;
}
