using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// What reading a file gave: its rows as text (none kept when they were given to a reader's consumer as they were
/// read), the problems with its structure (any makes the file invalid), and the agency and quarter a template names
/// in its About sheet.
/// </summary>
public sealed record ReturnReadResult(
    string FileName,
    string Format,
    IReadOnlyList<ReturnRecord> Records,
    IReadOnlyList<SubmissionProblem> Problems,
    string? AgencyHint = null,
    string? PeriodHint = null)
{
    private readonly int? _recordCount;

    /// <summary>How many data rows the file has, kept or not.</summary>
    public int RecordCount
    {
        get => _recordCount ?? Records.Count;
        init => _recordCount = value;
    }
}
