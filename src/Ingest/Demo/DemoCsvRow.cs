using System.Globalization;
using CsvHelper;
using Safeguarding.Analytics.Warehouse.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>A row of a demo data file, whose parse errors name the file, row and column.</summary>
internal sealed class DemoCsvRow(CsvReader csv, string fileName)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',' };

    /// <summary>The file's line, counting the header as row 1 (demo files have no multi-line cells).</summary>
    public int Row => checked((int)csv.RowNumber + 1);

    public static IEnumerable<DemoCsvRow> ReadAll(TextReader reader, string fileName, params string[] requiredColumns)
    {
        using var csv = CsvReader.Create(reader, Options, leaveOpen: true);
        var header = csv.Headers;
        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new DemoFileFormatException(fileName, 1, column, "the column is missing from the header");
            }
        }

        var row = new DemoCsvRow(csv, fileName);
        while (csv.Read())
        {
            yield return row;
        }
    }

    public string Text(string column) => csv.GetString(column).Trim();

    public string Required(string column)
    {
        var text = Text(column);
        return text.Length > 0 ? text : throw Error(column, "a value is required");
    }

    public double Number(string column) => OptionalNumber(column) ?? throw Error(column, "a number is required");

    public double? OptionalNumber(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(column, $"'{text}' is not a number");
    }

    public Period Quarter(string column)
    {
        var text = Required(column);
        return Period.TryParse(text, out var period) && period.Kind == PeriodKind.FinancialQuarter
            ? period
            : throw Error(column, $"'{text}' is not a financial quarter such as '2024-25 Q1'");
    }

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = Required(column);

        // Enum.TryParse also accepts numbers and comma lists; only a defined name is a valid kind.
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]) && !text.Contains(',', StringComparison.Ordinal)
            ? value
            : throw Error(column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public DemoFileFormatException Error(string column, string problem) => new(fileName, Row, column, problem);
}
