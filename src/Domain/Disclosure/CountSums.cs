namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Counts that published sums tie together, as an attacker sees them: each cell is one count of one figure (its
/// numerator, or for a proportion those not counted), and each sum says its parts add up to its total — authorities
/// to their region, regions to England, quarters to their year. A cell the service does not hold, or whose count is
/// neither sent nor implied, has no count: it is an unknown, non-negative number in every sum it belongs to.
/// </summary>
internal sealed class CountSums
{
    private readonly List<long?> _counts = [];
    private readonly List<int> _figures = [];
    private readonly List<CountSum> _sums = [];

    /// <summary>A cell; <paramref name="figure"/> is the figure it belongs to (withheld all at once), or -1 when none is held.</summary>
    public int AddCell(long? count, int figure)
    {
        _counts.Add(count);
        _figures.Add(figure);
        return _counts.Count - 1;
    }

    public void AddSum(IReadOnlyList<int> parts, int total) => _sums.Add(new CountSum([.. parts], total));

    public int CellCount => _counts.Count;

    /// <summary>The true count; null when the service does not know it.</summary>
    public long? Count(int cell) => _counts[cell];

    /// <summary>The figure the cell belongs to; -1 when the service holds none.</summary>
    public int Figure(int cell) => _figures[cell];

    public IReadOnlyList<CountSum> Sums => _sums;
}

/// <summary>One published sum: its parts add up to its total.</summary>
internal sealed record CountSum(int[] Parts, int Total);
