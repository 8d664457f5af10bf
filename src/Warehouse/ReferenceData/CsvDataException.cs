namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>A cell of a data file that cannot be read; the message names the file, row and column.</summary>
public sealed class CsvDataException : FormatException
{
    public CsvDataException(string fileName, int row, string column, string problem)
        : base($"{fileName}, row {row}, column '{column}': {problem}")
    {
        FileName = fileName;
        Row = row;
        Column = column;
    }

    public CsvDataException()
    {
        FileName = string.Empty;
        Column = string.Empty;
    }

    public CsvDataException(string message)
        : base(message)
    {
        FileName = string.Empty;
        Column = string.Empty;
    }

    public CsvDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Column = string.Empty;
    }

    public string FileName { get; }

    /// <summary>The row as a spreadsheet shows it: the header is row 1.</summary>
    public int Row { get; }

    public string Column { get; }
}
