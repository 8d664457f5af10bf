using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>The board's quarter: every indicator, grouped by priority in the board's order.</summary>
public sealed record BoardOverview(
    HomeArea Home,
    Period Quarter,
    IReadOnlyList<Period> Quarters,
    IReadOnlyList<PrioritySection> Sections,
    DateTime? DataAsAt)
{
    /// <summary>The figures withheld from the reader, by indicator id: what the overview was built without.</summary>
    public IReadOnlyDictionary<string, WithheldFigures> Withheld { get; init; } = new Dictionary<string, WithheldFigures>();
}

public sealed record PrioritySection(BoardPriority Priority, IReadOnlyList<IndicatorTile> Tiles, int OpenExceptions = 0);
