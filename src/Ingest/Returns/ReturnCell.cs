using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>How a cell's text is read: numbers in the invariant culture, formulas recognised, decimals counted.</summary>
internal static class ReturnCell
{
    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryNumber(string text, out double value) =>
        TryPlainDecimal(text, out value)
        || (double.TryParse(text, Number, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));

    /// <summary>Exact powers of ten a double holds, for <see cref="TryPlainDecimal"/>.</summary>
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// The common case read quickly: digits with at most one point and at most 15 digits in all, optionally signed.
    /// The digits and the power of ten are both exact as doubles, so one division gives the correctly rounded value,
    /// the same double <see cref="double.Parse(string, IFormatProvider)"/> gives.
    /// </summary>
    private static bool TryPlainDecimal(string text, out double value)
    {
        value = 0;
        var start = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (text.Length - start is 0 or > 16)
        {
            return false;
        }

        long digits = 0;
        var count = 0;
        var point = -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits = (digits * 10) + (c - '0');
                count++;
            }
            else if (c == '.' && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (count is 0 or > 15)
        {
            return false;
        }

        value = point < 0 ? digits : digits / PowersOfTen[text.Length - point - 1];
        if (text[0] == '-')
        {
            value = -value;
        }

        return true;
    }

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
