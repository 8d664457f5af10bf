using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Domain.Exceptions;

/// <summary>
/// A stored exception: a finding with its history. It is first seen when an evaluation first raises it and last seen
/// at the latest evaluation that still did; one that an evaluation no longer raises is cleared, not deleted, and opens
/// again if it comes back.
/// </summary>
public sealed record ExceptionFlag
{
    public long Id { get; init; }

    public required ExceptionFinding Finding { get; init; }

    /// <summary>open or cleared.</summary>
    public required string Status { get; init; }

    public DateTime FirstSeen { get; init; }

    public DateTime LastSeen { get; init; }

    public DateTime? ClearedAt { get; init; }

    /// <summary>
    /// Where the QA sub-group's challenge stands (state, agency, due date, steps taken); independent of
    /// <see cref="Status"/>, as <see cref="ExceptionWorkflow"/> explains.
    /// </summary>
    public ExceptionQaPosition Qa { get; init; } = ExceptionQaPosition.New;
}

/// <summary>The status of an exception as evaluations leave it.</summary>
public static class ExceptionStatuses
{
    public const string Open = "open";

    public const string Cleared = "cleared";
}

/// <summary>The kinds of exception, as the register and the API name them.</summary>
public static class ExceptionKinds
{
    /// <summary>Significantly worse than statistical neighbours or England (the benchmark outside the area's interval).</summary>
    public const string WorseThanComparators = "worse_than_comparators";

    /// <summary>A special-cause point of concern on the XmR chart.</summary>
    public const string SpcConcern = "spc_concern";

    /// <summary>A significant Mann-Kendall trend in the worse direction.</summary>
    public const string WorseningTrend = "worsening_trend";

    /// <summary>An area unlike its peers across its indicators (the anomaly score).</summary>
    public const string UnusualProfile = "unusual_profile";

    /// <summary>An agency's return for a quarter scored low on data quality.</summary>
    public const string DataQuality = "data_quality";

    public static IReadOnlyList<string> All { get; } = [WorseThanComparators, SpcConcern, WorseningTrend, UnusualProfile, DataQuality];
}

/// <summary>How serious an exception is.</summary>
public static class ExceptionSeverities
{
    public const string High = "high";

    public const string Medium = "medium";

    public const string Low = "low";

    public static IReadOnlyList<string> All { get; } = [High, Medium, Low];

    /// <summary>Most serious first: high 0, medium 1, anything else 2 (the register's own order).</summary>
    public static int Rank(string severity) => severity switch
    {
        High => 0,
        Medium => 1,
        _ => 2,
    };
}

/// <summary>Which exceptions to list; null matches any.</summary>
public sealed record ExceptionFilter
{
    public string? Kind { get; init; }

    public string? IndicatorId { get; init; }

    public string? AreaCode { get; init; }

    public string? PeriodKey { get; init; }

    public string? Severity { get; init; }

    public string? Status { get; init; }

    /// <summary>One of <see cref="ExceptionQaStates"/>.</summary>
    public string? QaState { get; init; }

    /// <summary>The agency the exception is assigned to (not the agency a data-quality flag is about).</summary>
    public string? AssignedAgencyId { get; init; }

    /// <summary>An agency lead's view: only exceptions about this agency or assigned to it.</summary>
    public string? VisibleToAgencyId { get; init; }

    public int Limit { get; init; } = 500;
}

/// <summary>What one evaluation did to the register.</summary>
public sealed record ExceptionReconciliation(int Raised, int StillOpen, int Reopened, int Cleared);
