namespace Safeguarding.Analytics.Forecasting.Position;

/// <summary>
/// The statistical-neighbour average as DfE LAIT computes it: the unweighted mean of the neighbours that have a
/// value. Neighbours without one (suppressed, missing, not yet published) are left out, not counted as zero.
/// </summary>
public static class StatisticalNeighbourAverage
{
    public static NeighbourAverage Of(IEnumerable<double?> neighbourValues)
    {
        ArgumentNullException.ThrowIfNull(neighbourValues);
        var values = neighbourValues.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToList();
        return new NeighbourAverage(values.Count == 0 ? null : values.Average(), values.Count);
    }
}

/// <summary>The average (null when no neighbour has a value) and how many neighbours it rests on.</summary>
public readonly record struct NeighbourAverage(double? Value, int NeighboursWithValue);
