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
        var worseThanComparators = new[] { tile.NeighbourAverage.Benchmark, tile.England.Benchmark }.Count(b => b is "worse" or "worst");
        return tile.OpenExceptions * 100
            + worseThanComparators * 10
            + (tile.Variation is SpcVariationIcons.ConcernHigh or SpcVariationIcons.ConcernLow ? 5 : 0)
            + (tile.Travel?.Judgement == DirectionOfTravel.Worse ? 1 : 0);
    }

    public static IReadOnlyList<PrioritySection> Order(IEnumerable<PrioritySection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return [.. sections
            .Select(s => s with { Tiles = [.. s.Tiles.OrderByDescending(Of)] })
            .OrderByDescending(s => s.OpenExceptions)
            .ThenByDescending(s => s.Tiles.Sum(Of))];
    }
}
