namespace Safeguarding.Analytics.Forecasting.Position;

/// <summary>
/// The statistical-neighbour average as DfE LAIT computes it: the unweighted mean of the neighbours that have a
/// value. Neighbours without one (suppressed, missing, not yet published) are left out, not counted as zero. The
/// average is always a finite number, however large the neighbours' figures.
/// </summary>
public static class StatisticalNeighbourAverage
{
    public static NeighbourAverage Of(IEnumerable<double?> neighbourValues)
    {
        ArgumentNullException.ThrowIfNull(neighbourValues);
        var values = neighbourValues.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToList();
        if (values.Count == 0)
        {
            return new NeighbourAverage(null, 0);
        }

        // Figures so large that their sum overflows (a careless 1e308 beside another) are averaged a share at a time,
        // which cannot overflow: the mean of finite numbers is finite.
        var average = values.Average();
        return new NeighbourAverage(
            double.IsFinite(average) ? average : Math.Clamp(values.Sum(v => v / values.Count), -double.MaxValue, double.MaxValue), values.Count);
    }
}

/// <summary>The average (null when no neighbour has a value) and how many neighbours it rests on.</summary>
public readonly record struct NeighbourAverage(double? Value, int NeighboursWithValue);
