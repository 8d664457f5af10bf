using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// The counts of children behind a figure, sent or implied: those counted (the numerator; where it is not sent, value ×
/// denominator ÷ (multiplier × annualisation factor), rounded; for a count indicator the value itself; for a mean the
/// children it is an average over) and, for a proportion, those not counted (denominator less numerator).
/// </summary>
public static class FigureCounts
{
    /// <summary>Those counted; null when the figure neither sends nor implies it (a rate without its denominator).</summary>
    public static long? Counted(Observation observation, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.ValueType switch
        {
            IndicatorValueType.Count => Whole(observation.Numerator ?? observation.Value),
            IndicatorValueType.Mean => Whole(observation.Denominator),
            _ => Whole(observation.Numerator) ?? Implied(observation, indicator),
        };
    }

    /// <summary>For a proportion, those not counted (denominator less those counted); null for any other figure.</summary>
    public static long? NotCounted(Observation observation, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.ValueType == IndicatorValueType.Proportion
            && Counted(observation, indicator) is { } counted
            && Whole(observation.Denominator) is { } denominator
            && denominator >= counted
                ? denominator - counted
                : null;
    }

    /// <summary>The numerator a value and denominator imply: value × denominator ÷ (multiplier × annualisation factor), rounded.</summary>
    public static long? Implied(Observation observation, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(indicator);
        if (observation.Value is not { } value || observation.Denominator is not { } denominator || denominator <= 0
            || double.IsNaN(value) || double.IsInfinity(value))
        {
            return null;
        }

        var scale = FigureScale.Of(indicator, observation.PeriodKey);
        return scale > 0 ? Whole(value * denominator / scale) : null;
    }

    private static long? Whole(double? count) =>
        count is { } c && !double.IsNaN(c) && !double.IsInfinity(c) && Math.Abs(c) < 1e15
            ? (long)Math.Round(c, MidpointRounding.AwayFromZero)
            : null;
}
