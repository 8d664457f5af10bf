using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>Collects a file's problems: the first <see cref="MaxKept"/> kept, every one counted.</summary>
internal sealed class RecordProblems(string fileName)
{
    public const int MaxKept = 100;

    private readonly List<RecordProblem> _kept = [];

    public long Count { get; private set; }

    public void Add(long row, string? column, string message)
    {
        Count++;
        if (_kept.Count < MaxKept)
        {
            _kept.Add(new RecordProblem(row, column ?? string.Empty, message));
        }
    }

    /// <summary>Throws the file's problems as one exception when there was any.</summary>
    public void ThrowIfAny()
    {
        if (Count > 0)
        {
            throw new RecordFileException(fileName, [.. _kept], Count);
        }
    }
}
