namespace Safeguarding.Analytics.Warehouse.Submissions;

/// <summary>
/// One problem found in a submitted file: a short machine-readable <paramref name="Code"/> (e.g. <c>unknown_indicator</c>),
/// the 1-based row as a spreadsheet shows it (the header is row 1; null for the file as a whole), the column's header
/// name (null when the problem is the row or the file) and a sentence a data lead can act on.
/// </summary>
public sealed record SubmissionProblem(ProblemSeverity Severity, string Code, int? Row, string? Column, string Message);
