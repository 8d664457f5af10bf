using System.Globalization;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>
/// How a figure follows from its numerator and denominator, in one place: numerator ÷ denominator × the indicator's
/// multiplier, × 4 as well for a quarter of an indicator the catalogue annualises (<see cref="QuarterAnnualisation"/>).
/// Validation, intervals, derived figures and the demo all scale by this, so a figure and its interval always agree.
/// </summary>
public static class FigureScale
{
    /// <summary>4 for a quarter's figure of an annualised indicator; 1 for every other figure (a year is a year).</summary>
    public static int AnnualisationFactor(Indicator indicator, Period period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == PeriodKind.FinancialQuarter ? FactorOf(indicator.QuarterAnnualisation) : 1;
    }

    /// <summary>As <see cref="AnnualisationFactor(Indicator, Period)"/> for a period key; 1 for a key that is not a period.</summary>
    public static int AnnualisationFactor(Indicator indicator, string periodKey)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.QuarterAnnualisation != QuarterAnnualisation.None && Period.TryParse(periodKey, out var period)
            ? AnnualisationFactor(indicator, period)
            : 1;
    }

    /// <summary>What numerator ÷ denominator is multiplied by for this figure: the multiplier × the annualisation factor.</summary>
    public static double Of(Indicator indicator, string periodKey)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return (double)indicator.Multiplier * AnnualisationFactor(indicator, periodKey);
    }

    /// <summary>The figure numerator ÷ denominator × multiplier (× 4 when annualised).</summary>
    public static double ValueOf(Indicator indicator, string periodKey, double numerator, double denominator) =>
        numerator / denominator * Of(indicator, periodKey);

    /// <summary>The figure numerator ÷ denominator × multiplier (× 4 for a quarter of an annualised indicator).</summary>
    public static double ValueOf(Indicator indicator, Period period, double numerator, double denominator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return numerator / denominator * indicator.Multiplier * AnnualisationFactor(indicator, period);
    }

    /// <summary>The factor a setting stands for: 1 or 4.</summary>
    public static int FactorOf(QuarterAnnualisation annualisation) => annualisation switch
    {
        QuarterAnnualisation.None => 1,
        QuarterAnnualisation.Times4 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(annualisation), annualisation, "Not a known annualisation."),
    };

    /// <summary>
    /// How the value is worked out, in words, for the template and messages: "numerator / denominator × 10000" or
    /// "numerator / denominator × 10000 × 4 (annualised: the quarter's count × 4 per 10,000 children)".
    /// </summary>
    public static string RuleInWords(Indicator indicator, Period period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var multiplier = indicator.Multiplier.ToString(CultureInfo.InvariantCulture);
        return AnnualisationFactor(indicator, period) is var factor and > 1
            ? $"numerator / denominator × {multiplier} × {factor} (annualised: the quarter's count × {factor} {indicator.Unit})"
            : $"numerator / denominator × {multiplier}";
    }
}
