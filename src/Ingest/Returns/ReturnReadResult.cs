using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// What reading a file gave: its rows as text, the problems with its structure (any makes the file invalid), and the
/// agency and quarter a template names in its About sheet.
/// </summary>
public sealed record ReturnReadResult(
    string FileName,
    string Format,
    IReadOnlyList<ReturnRecord> Records,
    IReadOnlyList<SubmissionProblem> Problems,
    string? AgencyHint = null,
    string? PeriodHint = null);
