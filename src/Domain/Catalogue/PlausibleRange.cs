using System.Globalization;

namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>
/// The values an indicator's figure can take, from its unit and value type: a proportion from 0 to its multiplier
/// (0–100 for a percentage); a rate from 0 to its multiplier (no more events than people), times the catalogue's
/// annualisation factor for an indicator whose quarter's count is annualised to read against a yearly rate; a count from 0 to
/// England's child population; a mean (a caseload, a number of days) from 0 to <see cref="MeanCeiling"/>. A figure
/// outside is a slip — a misplaced decimal point, a count typed into a rate — and is refused with the bounds in words.
/// </summary>
public sealed record PlausibleRange(double Lowest, double Highest, string Why)
{
    /// <summary>England's children aged 0 to 17 (ONS mid-year estimates: about 12.0 million in 2023), rounded up.</summary>
    public const double ChildPopulationCeiling = 12_500_000;

    /// <summary>
    /// England's whole population (ONS mid-2023: 57.7 million), rounded up: no numerator or denominator of a local
    /// authority's figure can be more people or events than this.
    /// </summary>
    public const double PopulationCeiling = 60_000_000;

    /// <summary>The largest mean taken: no caseload or average in days (ten thousand days is 27 years) comes near it.</summary>
    public const double MeanCeiling = 10_000;

    /// <summary>The range of <paramref name="indicator"/>'s values.</summary>
    public static PlausibleRange Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var multiplier = (double)indicator.Multiplier;
        return indicator.ValueType switch
        {
            IndicatorValueType.Proportion => new(0, multiplier, $"{indicator.Unit} is between 0 and {Number(multiplier)}"),
            IndicatorValueType.Rate when FigureScale.FactorOf(indicator.QuarterAnnualisation) is > 1 and var factor => new(
                0,
                multiplier * factor,
                $"a rate {indicator.Unit} is between 0 and {Number(multiplier * factor)} (at most one event a person, a quarter's count annualised by {factor})"),
            IndicatorValueType.Rate => new(0, multiplier, $"a rate {indicator.Unit} is between 0 and {Number(multiplier)} (at most one event a person)"),
            IndicatorValueType.Count => new(0, ChildPopulationCeiling, $"a count is between 0 and {Number(ChildPopulationCeiling)} (England's child population)"),
            _ => new(0, MeanCeiling * multiplier, $"{indicator.Unit} is between 0 and {Number(MeanCeiling * multiplier)}"),
        };
    }

    /// <summary>Whether <paramref name="value"/> is a finite number within the range, ends included.</summary>
    public bool Holds(double value) => double.IsFinite(value) && value >= Lowest && value <= Highest;

    /// <summary>Whether a numerator or denominator is a finite count from 0 to <see cref="PopulationCeiling"/>.</summary>
    public static bool HoldsCount(double count) => double.IsFinite(count) && count >= 0 && count <= PopulationCeiling;

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
