using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>Numbers as the board reads them: the indicator's decimal places, a % sign for percentages.</summary>
public static class ValueFormat
{
    // Invariant formatting reads as British English for numbers (1,234.5) and dates (3 March 2025).
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(Indicator indicator, double? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is null)
        {
            return "–";
        }

        var number = value.Value.ToString("N" + indicator.DecimalPlaces.ToString(CultureInfo.InvariantCulture), Invariant);
        return indicator.Multiplier == 100 && indicator.ValueType == IndicatorValueType.Proportion ? number + "%" : number;
    }
}
