namespace Safeguarding.Analytics.Forecasting.Position;

/// <summary>
/// The five points that split local authorities' values into four equal-sized groups: lowest, lower quartile,
/// median, upper quartile, highest. Computed as R's <c>quantile()</c> does by default (Hyndman and Fan's type 7,
/// linear interpolation between the ordered values), which is what DfE LAIT uses for its quartile bands.
/// </summary>
public sealed record Quartiles(double Minimum, double Lower, double Median, double Upper, double Maximum)
{
    /// <summary>
    /// The type-7 quartiles of the values that are present; missing values (null, NaN) are left out, as
    /// <c>quantile(na.rm = TRUE)</c> does. Null when no value is present.
    /// </summary>
    public static Quartiles? Of(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        return new Quartiles(sorted[0], Type7(sorted, 0.25), Type7(sorted, 0.5), Type7(sorted, 0.75), sorted[^1]);
    }

    // R's quantile type 7: position h = (n − 1)p from the bottom, (1 − f)·x[lo] + f·x[lo + 1] with f its fraction.
    private static double Type7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var fraction = h - lo;
        if (fraction == 0 || lo + 1 >= sorted.Length || sorted[lo + 1] == sorted[lo])
        {
            return sorted[lo];
        }

        return ((1 - fraction) * sorted[lo]) + (fraction * sorted[lo + 1]);
    }
}
