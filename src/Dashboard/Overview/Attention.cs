using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// "Sort by attention": priorities with open exceptions first (most first), then those with indicators that need a
/// look; within a priority, indicators by the same measure. Ties keep the board's own order.
/// </summary>
public static class Attention
{
    /// <summary>
    /// How much an indicator asks for attention: its open exceptions count most, then a figure significantly worse
    /// than a comparator, a special cause of concern on its chart, and a change for the worse.
    /// </summary>
    public static int Of(IndicatorTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.OpenExceptions * 100
            + WorseThanComparators(tile) * 10
            + (ConcernOnChart(tile) ? 5 : 0)
            + (ChangedForTheWorse(tile) ? 1 : 0);
    }

    /// <summary>The same measures in words, most serious first (the board pack's "needs attention").</summary>
    public static IReadOnlyList<string> Reasons(IndicatorTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        var reasons = new List<string>();
        if (tile.OpenExceptions > 0)
        {
            reasons.Add(OpenExceptionWords(tile.OpenExceptions));
        }

        if (WorseThanComparators(tile) > 0)
        {
            reasons.Add("significantly worse than a comparator");
        }

        if (ConcernOnChart(tile))
        {
            reasons.Add("special cause of concern on its SPC chart");
        }

        if (ChangedForTheWorse(tile))
        {
            reasons.Add("changed for the worse");
        }

        return reasons;
    }

    public static string OpenExceptionWords(int count) => count == 1 ? "1 open exception" : $"{count} open exceptions";

    private static int WorseThanComparators(IndicatorTile tile) =>
        new[] { tile.NeighbourAverage.Benchmark, tile.England.Benchmark }.Count(b => b is "worse" or "worst");

    private static bool ConcernOnChart(IndicatorTile tile) => tile.Variation is SpcVariationIcons.ConcernHigh or SpcVariationIcons.ConcernLow;

    private static bool ChangedForTheWorse(IndicatorTile tile) => tile.Travel?.Judgement == DirectionOfTravel.Worse;

    public static IReadOnlyList<PrioritySection> Order(IEnumerable<PrioritySection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return [.. sections
            .Select(s => s with { Tiles = [.. s.Tiles.OrderByDescending(Of)] })
            .OrderByDescending(s => s.OpenExceptions)
            .ThenByDescending(s => s.Tiles.Sum(Of))];
    }
}
