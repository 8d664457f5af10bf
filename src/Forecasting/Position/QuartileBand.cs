using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Forecasting.Position;

/// <summary>
/// DfE LAIT's quartile banding: A for the best quarter of local authorities, D for the worst, judged by the
/// indicator's polarity. Bands are cut at the type-7 quartiles of all local authorities with a value (regions and
/// England left out by the caller). Each band includes its upper edge in value order — so for a low-is-good
/// indicator a value exactly on the lower quartile is still A, and for a high-is-good indicator a value exactly on
/// the upper quartile is B, not A — exactly as LAIT assigns them.
/// </summary>
public static class QuartileBand
{
    /// <summary>
    /// The band ("A" to "D") of <paramref name="value"/> among <paramref name="localAuthorityValues"/> (which should
    /// include the area's own value). Null for a neutral indicator, a missing value, or when no authority has a value.
    /// </summary>
    public static string? Of(double? value, IEnumerable<double?> localAuthorityValues, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(localAuthorityValues);
        return polarity == Polarity.Neutral ? null : Of(value, Quartiles.Of(localAuthorityValues), polarity);
    }

    /// <summary>
    /// The band of <paramref name="value"/> against quartiles already worked out. Null for a neutral indicator, a
    /// missing value or quartiles, or a value outside the lowest-to-highest range (which LAIT reports as an error).
    /// </summary>
    public static string? Of(double? value, Quartiles? quartiles, Polarity polarity)
    {
        if (polarity == Polarity.Neutral || quartiles is null || value is not { } v || double.IsNaN(v))
        {
            return null;
        }

        if (v < quartiles.Minimum || v > quartiles.Maximum)
        {
            return null;
        }

        // Quarter counted from the lowest values: 0 for [min, Q1], 1 for (Q1, median], 2 for (median, Q3], 3 above.
        var quarter = v <= quartiles.Lower ? 0 : v <= quartiles.Median ? 1 : v <= quartiles.Upper ? 2 : 3;
        var bands = polarity == Polarity.LowIsGood ? "ABCD" : "DCBA";
        return bands[quarter].ToString();
    }
}
