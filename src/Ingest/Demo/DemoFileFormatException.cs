namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>A demo data file has a bad cell; says where, so the file can be fixed by hand.</summary>
public sealed class DemoFileFormatException : FormatException
{
    public DemoFileFormatException()
    {
    }

    public DemoFileFormatException(string message)
        : base(message)
    {
    }

    public DemoFileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DemoFileFormatException(string fileName, int row, string column, string problem)
        : base($"{fileName}, row {row}, column '{column}': {problem}")
    {
        FileName = fileName;
        Row = row;
        Column = column;
    }

    public string? FileName { get; }

    /// <summary>The 1-based line of the file, counting the header as row 1.</summary>
    public int Row { get; }

    public string? Column { get; }
}
