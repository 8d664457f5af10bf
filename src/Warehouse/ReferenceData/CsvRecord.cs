using System.Globalization;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>One row of a data file, read by column name; every bad cell becomes a <see cref="CsvDataException"/>.</summary>
public sealed class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;

    internal CsvRecord(string fileName, int row, IReadOnlyDictionary<string, int> columns, string[] fields)
    {
        FileName = fileName;
        Row = row;
        _columns = columns;
        _fields = fields;
    }

    public string FileName { get; }

    /// <summary>The row as a spreadsheet shows it: the header is row 1.</summary>
    public int Row { get; }

    /// <summary>The cell as written, trimmed; empty when the row is short.</summary>
    public string Raw(string column)
    {
        var index = _columns[column];
        return index < _fields.Length ? _fields[index].Trim() : string.Empty;
    }

    public string Text(string column)
    {
        var text = Raw(column);
        return text.Length > 0 ? text : throw Error(column, "a value is required.");
    }

    public string? OptionalText(string column)
    {
        var text = Raw(column);
        return text.Length > 0 ? text : null;
    }

    public int WholeNumber(string column) =>
        OptionalWholeNumber(column) ?? throw Error(column, "a whole number is required.");

    public int? OptionalWholeNumber(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a whole number.");
    }

    public double Number(string column) =>
        OptionalNumber(column) ?? throw Error(column, "a number is required.");

    /// <summary>A finite number; <c>NaN</c> and <c>Infinity</c> are not numbers a data file should hold.</summary>
    public double? OptionalNumber(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(column, $"'{text}' is not a number.");
    }

    /// <summary>A period key of the given kind, such as <c>2024-25 Q1</c> for a financial quarter.</summary>
    public Period Period(string column, PeriodKind kind)
    {
        var text = Text(column);
        return Domain.Periods.Period.TryParse(text, out var period) && period.Kind == kind
            ? period
            : throw Error(column, $"'{text}' is not {Describe(kind)}.");
    }

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(column) ?? throw Error(column, $"a value is required (one of {string.Join(", ", System.Enum.GetNames<TEnum>())}).");

    public TEnum? OptionalEnum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        // Names only: Enum.TryParse would also accept "3".
        return System.Enum.GetNames<TEnum>().Contains(text, StringComparer.OrdinalIgnoreCase)
            ? System.Enum.Parse<TEnum>(text, ignoreCase: true)
            : throw Error(column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    /// <summary>The values of a <c>;</c>-separated cell.</summary>
    public IReadOnlyList<string> List(string column) =>
        Raw(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public CsvDataException Error(string column, string problem) => new(FileName, Row, column, problem);

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialQuarter => "a financial quarter such as '2024-25 Q1'",
        PeriodKind.FinancialYear => "a financial year such as '2024-25'",
        PeriodKind.CalendarYear => "a calendar year such as '2024'",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a period kind."),
    };
}
