using Safeguarding.Analytics.Domain.Exceptions;

namespace Safeguarding.Analytics.Warehouse.Exceptions.Register;

/// <summary>
/// One page of the QA sub-group's exceptions register: which exceptions (null matches any), in which order, and
/// which slice of them. Every filter is a value compared as a parameter; the order is one of
/// <see cref="ExceptionRegisterSorts"/>, never text from a request.
/// </summary>
public sealed record ExceptionRegisterQuery
{
    /// <summary>The board priority of the exception's indicator (a data-quality flag, which has none, never matches).</summary>
    public string? PriorityId { get; init; }

    /// <summary>The agency the finding is about (a data-quality flag's agency).</summary>
    public string? AgencyId { get; init; }

    public string? Kind { get; init; }

    public string? IndicatorId { get; init; }

    public string? AreaCode { get; init; }

    /// <summary>The analytics status: one of <see cref="ExceptionStatuses"/>.</summary>
    public string? Status { get; init; }

    /// <summary>One of <see cref="Workflow.ExceptionQaStates"/>.</summary>
    public string? QaState { get; init; }

    public string? Severity { get; init; }

    public string? PeriodKey { get; init; }

    /// <summary>The agency the exception is assigned to.</summary>
    public string? AssignedAgencyId { get; init; }

    /// <summary>An agency lead's view: only exceptions about this agency or assigned to it.</summary>
    public string? VisibleToAgencyId { get; init; }

    /// <summary>One of <see cref="ExceptionRegisterSorts"/>.</summary>
    public string SortBy { get; init; } = ExceptionRegisterSorts.Severity;

    public bool Descending { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 25;

    /// <summary>The most a page may hold.</summary>
    public const int MaxTake = 1_000;
}

/// <summary>One page of the register and how many exceptions the same filter matches in all.</summary>
public sealed record ExceptionPage(IReadOnlyList<ExceptionFlag> Items, int Total);

/// <summary>
/// The columns the register can be sorted by. Severity and QA state sort by their meaning (most serious first,
/// the challenge's order), not alphabetically; an exception with no due date comes after those with one either way.
/// </summary>
public static class ExceptionRegisterSorts
{
    public const string Severity = "severity";

    public const string Period = "period";

    public const string Indicator = "indicator";

    public const string Kind = "kind";

    public const string QaState = "qaState";

    public const string DueDate = "dueDate";

    public const string FirstSeen = "firstSeen";

    public const string LastSeen = "lastSeen";

    public static IReadOnlyList<string> All { get; } = [Severity, Period, Indicator, Kind, QaState, DueDate, FirstSeen, LastSeen];
}
