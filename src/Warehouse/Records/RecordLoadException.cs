namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>One reason a record file was refused: the row of the file (the header is row 1), the column and what is wrong.</summary>
public sealed record RecordProblem(long Row, string Column, string Message);

/// <summary>
/// A record load refused before it was committed, with every problem found (up to a limit) named by row and column.
/// Nothing from a refused load is ever counted.
/// </summary>
public sealed class RecordLoadException : Exception
{
    public RecordLoadException()
        : this("The record load was refused.", [])
    {
    }

    public RecordLoadException(string message)
        : this(message, [])
    {
    }

    public RecordLoadException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    public RecordLoadException(string message, IReadOnlyList<RecordProblem> problems)
        : base(message) => Problems = problems ?? [];

    /// <summary>The problems found, in row order.</summary>
    public IReadOnlyList<RecordProblem> Problems { get; }
}
