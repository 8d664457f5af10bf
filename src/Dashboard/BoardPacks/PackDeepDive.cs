namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// A deep dive due in the month of the board meeting: its theme, the priorities it covers, their headline figures, and
/// the analysts' extracts for it with the latest file each had made by the pack's moment.
/// </summary>
public sealed record PackDeepDive(
    string Theme, string Note, IReadOnlyList<string> Priorities, IReadOnlyList<PackHeadline> Headlines, IReadOnlyList<PackDeepDiveExtract>? Extracts = null);

/// <summary>
/// An extract made for a deep dive and its latest successful run by the pack's moment (null when it had none): the
/// file the business unit holds for the board, traceable by its run id and SHA-256.
/// </summary>
public sealed record PackDeepDiveExtract(
    string Title, string Format, long? RunId, DateTime? FinishedAt, long? Rows, long? SuppressedFigures, string? Sha256, string Link);

/// <summary>One indicator's headline figure for a deep dive (or why it is not shown).</summary>
public sealed record PackHeadline(string Priority, string Indicator, string? Period, string? Figure, string? NotShown, string Link);
