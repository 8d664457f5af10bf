using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Forecasting.Position;

/// <summary>
/// DfE LAIT's national rank: where a local authority stands among all local authorities in England (regions and
/// England itself left out by the caller), 1 being the best by the indicator's polarity. Authorities with the same
/// value share the best rank among them (R's <c>rank(ties.method = "min")</c>), so two joint-second authorities are
/// both 2 and the next is 4. Authorities without a value are not ranked and do not count.
/// </summary>
public static class NationalRank
{
    /// <summary>
    /// The rank of <paramref name="value"/> among <paramref name="localAuthorityValues"/> (which should include the
    /// area's own value): one more than the number of authorities with a strictly better value. Null for a neutral
    /// indicator (LAIT shows "-") or a missing value.
    /// </summary>
    public static int? Of(double? value, IEnumerable<double?> localAuthorityValues, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(localAuthorityValues);
        if (polarity == Polarity.Neutral || value is not { } v || !double.IsFinite(v))
        {
            return null;
        }

        var better = localAuthorityValues.Count(other => other is { } o && double.IsFinite(o) && IsBetter(o, v, polarity));
        return better + 1;
    }

    /// <summary>
    /// The rank of every value in <paramref name="localAuthorityValues"/>, in the same order; null where a value is
    /// missing, and all null for a neutral indicator.
    /// </summary>
    public static IReadOnlyList<int?> All(IReadOnlyList<double?> localAuthorityValues, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(localAuthorityValues);
        return localAuthorityValues.Select(v => Of(v, localAuthorityValues, polarity)).ToArray();
    }

    private static bool IsBetter(double other, double value, Polarity polarity) =>
        polarity == Polarity.HighIsGood ? other > value : other < value;
}
