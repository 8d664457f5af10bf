using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Whether one published figure may leave the service as it is: not when a count behind it is small, sent or implied
/// (<see cref="FigureCounts"/>) — those counted (the numerator, or value × denominator ÷ scale where only the value and
/// denominator are sent; for a count the value itself); for a proportion also the denominator and those not counted
/// (denominator less numerator, since "all but 2 of 40" names 2 children as surely as "2 of 40"); for a mean its
/// denominator.
/// </summary>
public static class FigureDisclosure
{
    /// <summary>Why the figure is not shown, in words; null when it may be shown.</summary>
    public static string? Reason(Observation observation, Indicator indicator, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(rule);
        bool Small(double? count) => count is { } c && rule.IsSmall((long)Math.Round(c, MidpointRounding.AwayFromZero));

        var counted = FigureCounts.Counted(observation, indicator);
        var small = indicator.ValueType switch
        {
            IndicatorValueType.Count => Small(observation.Value) || Small(observation.Numerator),
            IndicatorValueType.Proportion => Small(counted) || Small(observation.Denominator)
                || Small(FigureCounts.NotCounted(observation, indicator)),
            IndicatorValueType.Mean => Small(observation.Denominator),
            _ => Small(counted),
        };
        return small ? rule.RateReason : null;
    }

    /// <summary>
    /// The observation as it may leave the service: unchanged when it may be shown; otherwise without its value,
    /// counts and interval, marked suppressed, with the reason as its status reason.
    /// </summary>
    public static Observation Withhold(Observation observation, Indicator indicator, DisclosureRule rule) =>
        Reason(observation, indicator, rule) is { } reason ? Withheld(observation, reason) : observation;

    /// <summary>The observation without its value, counts and interval, marked suppressed for the reason given.</summary>
    public static Observation Withheld(Observation observation, string reason)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation with
        {
            Value = null,
            Numerator = null,
            Denominator = null,
            LowerCi = null,
            UpperCi = null,
            Status = ObservationStatus.Suppressed,
            StatusReason = reason,
        };
    }
}
