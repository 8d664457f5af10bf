using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// The one way values reach ClickHouse SQL. 18.16 has no server-side parameters, so every value is written as an
/// escaped literal here and nowhere else.
/// </summary>
public static partial class ClickHouseLiteral
{
    /// <summary>A single-quoted string literal; quotes, backslashes and control characters are escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\'' => builder.Append("\\'"),
                '\\' => builder.Append("\\\\"),
                '\0' => builder.Append("\\0"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                < ' ' or '\x7f' => builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    public static string Date(DateOnly date) =>
        $"toDate({Quote(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))})";

    /// <summary>A UTC moment to the second, as Unix seconds so the server's time zone plays no part.</summary>
    public static string UtcSeconds(DateTime utc) =>
        string.Create(CultureInfo.InvariantCulture, $"toDateTime({new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds()})");

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A database or table name; only plain identifiers are accepted, never escaped.</summary>
    public static string Identifier(string name) =>
        PlainIdentifier().IsMatch(name)
            ? name
            : throw new ArgumentException($"'{name}' is not a plain ClickHouse identifier (letters, digits, underscore).", nameof(name));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIdentifier();
}
