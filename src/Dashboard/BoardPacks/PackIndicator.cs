namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// One indicator's row in the pack: the latest figure (or why it is not shown), its direction of travel, its
/// benchmark against each comparator, its SPC variation and what asks for attention, all in words.
/// </summary>
public sealed record PackIndicator
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The agency that reports it.</summary>
    public required string LeadAgency { get; init; }

    /// <summary>"higher is better", "lower is better" or neither.</summary>
    public required string Polarity { get; init; }

    /// <summary>The period of the figure shown, or null when there is none.</summary>
    public string? Period { get; init; }

    /// <summary>The figure as the board reads it (e.g. "42.1%"), or null when it is not shown.</summary>
    public string? Figure { get; init; }

    /// <summary>Why the figure is not shown: small-number suppression, a source's code, or no figure yet.</summary>
    public string? NotShown { get; init; }

    /// <summary>True when the figure is withheld by disclosure control (a count of 1 to 5 behind it).</summary>
    public bool Suppressed { get; init; }

    /// <summary>The change on the previous period in words, e.g. "down 2.0 points on 2024-25 Q4, better".</summary>
    public string? Travel { get; init; }

    public required IReadOnlyList<PackComparison> Comparisons { get; init; }

    /// <summary>The SPC chart's latest variation in words, e.g. "special cause, concern".</summary>
    public string? Variation { get; init; }

    /// <summary>What asks for the board's attention, in words; empty when nothing does.</summary>
    public required IReadOnlyList<string> Attention { get; init; }

    public int OpenExceptions { get; init; }

    /// <summary>The reporting agency's latest note on the figure, or null.</summary>
    public PackNote? Commentary { get; init; }

    /// <summary>The indicator's page in the dashboard, relative to the service's address.</summary>
    public required string Link { get; init; }
}

/// <summary>A comparator's value and the area's figure benchmarked against it, in words.</summary>
public sealed record PackComparison(string Comparator, string? Period, string? Value, string Benchmark, string? Note);

/// <summary>An agency's note as it stood at the pack's moment.</summary>
public sealed record PackNote(string Agency, string Text, int Version, DateTime WrittenAt);
