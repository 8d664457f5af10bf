namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>A comparator file that cannot be read as published data; the message names the file, row and column.</summary>
public sealed class ComparatorFileException : Exception
{
    public ComparatorFileException()
    {
    }

    public ComparatorFileException(string message)
        : base(message)
    {
    }

    public ComparatorFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
