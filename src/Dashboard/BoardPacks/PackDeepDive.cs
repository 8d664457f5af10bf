namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>A deep dive due in the month of the board meeting: its theme, the priorities it covers and their headline figures.</summary>
public sealed record PackDeepDive(string Theme, string Note, IReadOnlyList<string> Priorities, IReadOnlyList<PackHeadline> Headlines);

/// <summary>One indicator's headline figure for a deep dive (or why it is not shown).</summary>
public sealed record PackHeadline(string Priority, string Indicator, string? Period, string? Figure, string? NotShown, string Link);
