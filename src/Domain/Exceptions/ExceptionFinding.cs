namespace Safeguarding.Analytics.Domain.Exceptions;

/// <summary>
/// What an evaluation found worth the QA sub-group's attention, before it is stored: the kind of flag, where it is
/// (indicator, area, period; for data quality, the agency), how serious, the method that raised it and its evidence
/// — the numbers, so anyone can reproduce the flag.
/// </summary>
public sealed record ExceptionFinding
{
    /// <summary>One of <see cref="ExceptionKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The indicator; empty for a data-quality flag, which is about an agency's return.</summary>
    public required string IndicatorId { get; init; }

    public required string AreaCode { get; init; }

    public required string PeriodKey { get; init; }

    /// <summary>The agency, for a data-quality flag; null otherwise.</summary>
    public string? AgencyId { get; init; }

    /// <summary>One of <see cref="ExceptionSeverities"/>.</summary>
    public required string Severity { get; init; }

    /// <summary>The method as the Methods page names it, e.g. "Wilson 95%/99.8% against England".</summary>
    public required string Method { get; init; }

    /// <summary>A sentence a board member can read.</summary>
    public required string Summary { get; init; }

    /// <summary>The numbers behind the flag, as JSON.</summary>
    public required string EvidenceJson { get; init; }

    /// <summary>
    /// What makes two findings the same flag: re-running an evaluation updates it, never duplicates it. A data-quality
    /// flag is about one agency's return, so two agencies' low scores in one quarter are two flags ("" without an agency).
    /// </summary>
    public (string Kind, string IndicatorId, string AreaCode, string PeriodKey, string AgencyId) Key =>
        (Kind, IndicatorId, AreaCode, PeriodKey, AgencyId ?? string.Empty);
}
