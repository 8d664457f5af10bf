using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>How a cell's text is read: numbers in the invariant culture, formulas recognised, decimals counted.</summary>
internal static class ReturnCell
{
    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, Number, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>
    /// Text a spreadsheet would run as a formula when the data is opened again (= + - @ first), unless it is a plain
    /// number such as -5.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !TryNumber(text, out _);

    /// <summary>Decimal places as written: "12.30" has 2, "12" none; an exponent counts as fully precise.</summary>
    public static int DecimalsWritten(string text)
    {
        if (text.AsSpan().IndexOfAny('e', 'E') >= 0)
        {
            return 15;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }

    /// <summary>Half a unit in the last decimal place written: how far a correctly rounded figure may be from the truth.</summary>
    public static double RoundingOf(string text) => HalfUnits[Math.Min(DecimalsWritten(text), HalfUnits.Length - 1)];

    private static readonly double[] HalfUnits = [.. Enumerable.Range(0, 16).Select(d => 0.5 * Math.Pow(10, -d))];

    public static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-9;
}
