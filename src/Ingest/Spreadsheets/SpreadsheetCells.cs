using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Spreadsheets;

/// <summary>
/// Every cell the service writes to a CSV or XLSX file for a spreadsheet goes through here. Text that a spreadsheet
/// would take as a formula (starting with <c>= + - @</c>, a tab or a carriage return) is neutralised by a leading
/// apostrophe, since names, notes and file names come from outside the service. Numbers are written as numbers: a
/// genuine negative figure stays a number.
/// </summary>
public static class SpreadsheetCells
{
    /// <summary>Text as a spreadsheet should show it, never as a formula; empty for null.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return IsFormulaLike(value) ? "'" + value : value;
    }

    /// <summary>Whether a spreadsheet would read the text as a formula (or a formula's start).</summary>
    public static bool IsFormulaLike(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A CSV field (RFC 4180) holding the text, neutralised, and quoted when it holds a comma, quote or line break.</summary>
    public static string CsvText(string? value) => Quoted(Text(value));

    /// <summary>A CSV field holding the number in invariant culture, as a number (not neutralised).</summary>
    public static string CsvNumber(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc cref="CsvNumber(long)"/>
    public static string CsvNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
