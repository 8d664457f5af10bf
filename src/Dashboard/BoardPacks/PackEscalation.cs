namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// An exception the QA sub-group escalated to the board and had not reopened by the pack's moment: what it is, the
/// evidence in words (withheld when it rests on a small count), and the latest notes of its challenge.
/// </summary>
public sealed record PackEscalation
{
    public required long Id { get; init; }

    /// <summary>The kind in words, e.g. "Worse than comparators".</summary>
    public required string Kind { get; init; }

    public required string Severity { get; init; }

    /// <summary>The indicator's name, or the agency for a data-quality flag.</summary>
    public required string About { get; init; }

    public required string Period { get; init; }

    /// <summary>The evidence in words, or why it is not shown.</summary>
    public required string Evidence { get; init; }

    /// <summary>The method that raised it, as the Methods page names it.</summary>
    public required string Method { get; init; }

    public required DateTime EscalatedAt { get; init; }

    /// <summary>The latest steps of the challenge up to the moment, newest first.</summary>
    public required IReadOnlyList<PackStepNote> Notes { get; init; }

    /// <summary>The exception's page in the dashboard, relative to the service's address.</summary>
    public required string Link { get; init; }
}

/// <summary>One step of an exception's challenge: what was done, by whom, when, and the note.</summary>
public sealed record PackStepNote(string Step, string Actor, DateTime At, string Comment);
