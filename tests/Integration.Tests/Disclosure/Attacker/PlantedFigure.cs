using System.Globalization;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>One figure of an indicator for an area and period: the cell an attacker works on.</summary>
public sealed record Cell(string Indicator, string Area, string Period)
{
    public override string ToString() => $"{Indicator} / {Area} / {Period}";
}

/// <summary>
/// A figure on a count of 1 to 5 planted in the demo through the service's own intake, with what makes it recognisable:
/// its counts, its value to full precision and as shown (to the indicator's decimal places).
/// </summary>
public sealed record PlantedFigure(string What, Cell Cell, long Numerator, long Denominator, int Multiplier, int DecimalPlaces)
{
    public double Value => (double)Numerator / Denominator * Multiplier;

    /// <summary>The value as a page shows it, e.g. "7.3".</summary>
    public string Shown => Value.ToString("F" + DecimalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The value's first four significant digits, e.g. "7.317" for 3 of 41: found only where the figure itself went.</summary>
    public string DistinctiveDigits
    {
        get
        {
            var decimals = Math.Max(3, 3 - (int)Math.Floor(Math.Log10(Value)));
            return Math.Round(Value, decimals, MidpointRounding.ToZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
    }

    public override string ToString() => $"{What} ({Cell}: {Numerator} of {Denominator}, {Shown})";
}
