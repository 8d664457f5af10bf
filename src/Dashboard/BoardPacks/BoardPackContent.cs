namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Everything a quarter's board pack shows, already in the board's words and with every figure formatted or withheld
/// with its reason, so the pack's HTML and PDF are a pure function of it and a pack rebuilt as at the same moment is
/// the same, byte for byte, as the one the board saw.
/// </summary>
public sealed record BoardPackContent
{
    /// <summary>The quarter's period key, e.g. <c>2024-25 Q1</c>.</summary>
    public required string Quarter { get; init; }

    /// <summary>The date of the board meeting the pack was prepared for.</summary>
    public required DateOnly PresentedOn { get; init; }

    /// <summary>The moment (UTC) figures, exceptions and commentary are read as at.</summary>
    public required DateTime DataAsOf { get; init; }

    /// <summary>When the latest figure in the pack was loaded (UTC), or null when none was.</summary>
    public DateTime? FiguresLoadedUpTo { get; init; }

    /// <summary>The partnership's area, e.g. "Herefordshire, County of (E06000019)".</summary>
    public required string Area { get; init; }

    /// <summary>What the area is compared with, in words.</summary>
    public required string Comparators { get; init; }

    /// <summary>The small-number rule applied to every figure in the pack, in words.</summary>
    public required string DisclosureControl { get; init; }

    public required IReadOnlyList<PackPriority> Priorities { get; init; }

    /// <summary>The exceptions escalated to the board (and not reopened) at the moment.</summary>
    public required IReadOnlyList<PackEscalation> Escalations { get; init; }

    /// <summary>The deep dives the reporting timetable asks for in the month of the board meeting.</summary>
    public required IReadOnlyList<PackDeepDive> DeepDives { get; init; }
}

/// <summary>One board priority's page of the pack: its indicators in the board's order.</summary>
public sealed record PackPriority(string Id, string Name, string Description, int OpenExceptions, IReadOnlyList<PackIndicator> Indicators);
