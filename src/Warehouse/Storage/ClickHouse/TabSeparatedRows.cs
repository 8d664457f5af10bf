using System.Globalization;
using System.Text;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// Reads ClickHouse <c>FORMAT TabSeparated</c> output: rows end in \n, fields are split by \t, <c>\N</c> is NULL and
/// backslash escapes (\t \n \r \0 \\ \' ...) are undone.
/// </summary>
internal static class TabSeparatedRows
{
    public static IEnumerable<string?[]> Parse(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            yield return ParseRow(text.AsSpan(start, end - start));
            start = end + 1;
        }
    }

    public static string?[] ParseRow(ReadOnlySpan<char> line)
    {
        var fields = new List<string?>();
        foreach (var range in line.Split('\t'))
        {
            var raw = line[range];
            fields.Add(raw is @"\N" ? null : Unescape(raw));
        }

        return [.. fields];
    }

    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (!raw.Contains('\\'))
        {
            return raw.ToString();
        }

        var field = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                field.Append(raw[i]);
                continue;
            }

            var next = raw[++i];
            field.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                'a' => '\a',
                'v' => '\v',
                _ => next,
            });
        }

        return field.ToString();
    }

    public static double? NullableDouble(string? field) => field switch
    {
        null => null,
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "-nan" => double.NaN,
        _ => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static long Int64(string? field) => long.Parse(Required(field), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static DateTime UnixSeconds(string? field) => DateTimeOffset.FromUnixTimeSeconds(Int64(field)).UtcDateTime;

    public static string Required(string? field) => field ?? throw new FormatException("ClickHouse returned NULL where a value was expected.");
}
