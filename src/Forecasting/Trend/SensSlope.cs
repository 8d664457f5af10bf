namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>
/// The Theil-Sen slope and the Conover intercept, as pyMannKendall's <c>sens_slope</c> computes them: the slope is the
/// median of the slopes between every pair of values, and the intercept is the median value minus the slope times
/// the median time. Time is the position in the series (0, 1, 2, …); missing values (NaN or infinite) keep their
/// position but take part in no pair and are left out of both medians. Values so far apart that a slope or the
/// intercept is past what a double holds (a careless 1e308 beside -1e308) give no line, as too few values do.
/// </summary>
public static class SensSlope
{
    /// <summary>The slope per period and the intercept at period 0; both null with fewer than two values or values too large for the arithmetic.</summary>
    public static SensSlopeResult Estimate(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = Enumerable.Range(0, values.Count).Where(i => double.IsFinite(values[i])).ToArray();
        if (present.Length < 2)
        {
            return new SensSlopeResult(null, null);
        }

        var slopes = new List<double>(present.Length * (present.Length - 1) / 2);
        for (var a = 0; a < present.Length - 1; a++)
        {
            for (var b = a + 1; b < present.Length; b++)
            {
                var i = present[a];
                var j = present[b];
                slopes.Add((values[j] - values[i]) / (j - i));
            }
        }

        var slope = Median(slopes);
        var intercept = Median(present.Select(i => values[i]).ToList()) - (Median(present.Select(i => (double)i).ToList()) * slope);
        return double.IsFinite(slope) && double.IsFinite(intercept) ? new SensSlopeResult(slope, intercept) : new SensSlopeResult(null, null);
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}

/// <summary>A Theil-Sen line: change per period, and the fitted value at the first period (period 0).</summary>
public readonly record struct SensSlopeResult(double? Slope, double? Intercept);
