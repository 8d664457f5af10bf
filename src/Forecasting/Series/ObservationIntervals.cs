using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Forecasting.Series;

/// <summary>
/// The confidence interval of a stored figure: the publisher's own 95% limits where it gave them, otherwise worked out
/// from the numerator and denominator by the indicator's kind — Wilson for a proportion, Byar (exact under 10) for a
/// rate. A rate's interval is worked out on the period's own count and then scaled as the figure is
/// (<see cref="FigureScale"/>: × multiplier ÷ denominator, × 4 for a quarter the catalogue annualises), so it contains
/// the figure. A count, or a figure without its numerator and denominator, has none.
/// </summary>
public static class ObservationIntervals
{
    public static FigureInterval? Of(Observation observation, Indicator indicator, double confidence)
    {
        if (observation.Value is null)
        {
            return null;
        }

        if (confidence == ConfidenceLevel.NinetyFive && observation.LowerCi is { } lower && observation.UpperCi is { } upper
            && double.IsFinite(lower) && double.IsFinite(upper))
        {
            return new FigureInterval(lower, upper, "published");
        }

        if (observation.Numerator is not { } numerator || observation.Denominator is not { } denominator)
        {
            return null;
        }

        try
        {
            var interval = indicator.ValueType switch
            {
                IndicatorValueType.Proportion => ProportionInterval.Wilson(numerator, denominator, confidence, indicator.Multiplier),
                IndicatorValueType.Rate => RateInterval.Annualised(numerator, denominator, confidence, indicator.Multiplier,
                    FigureScale.AnnualisationFactor(indicator, observation.PeriodKey)),
                _ => null,
            };
            // Counts past what the method's arithmetic holds (a stored 1e308) give no interval rather than an infinite one.
            return interval is null || !double.IsFinite(interval.Lower) || !double.IsFinite(interval.Upper)
                ? null
                : new FigureInterval(interval.Lower, interval.Upper, interval.Method);
        }
        catch (ArgumentException)
        {
            return null; // a stored figure the method cannot take (a numerator above its denominator in published data)
        }
    }

    /// <summary>Which way is better for an indicator, in Making Data Count's words.</summary>
    public static string ImprovementOf(Polarity polarity) => polarity switch
    {
        Polarity.HighIsGood => ImprovementDirections.Increase,
        Polarity.LowIsGood => ImprovementDirections.Decrease,
        _ => ImprovementDirections.Neutral,
    };
}

/// <summary>A figure's interval and how it was got: wilson, byar, exact, or published.</summary>
public sealed record FigureInterval(double Lower, double Upper, string Method);
