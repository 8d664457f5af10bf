using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// A return checked against the catalogue, the areas and the rules: its agency and quarter (null when they could
/// not be told), its valid lines, and every problem. Any error rejects the file whole.
/// </summary>
public sealed record ValidatedReturn
{
    public string FileName { get; init; } = string.Empty;

    public Agency? Agency { get; init; }
    public Period? Quarter { get; init; }
    public IReadOnlyList<ReturnLine> Lines { get; init; } = [];

    /// <summary>The problems kept (capped); <see cref="ErrorCount"/> and <see cref="WarningCount"/> are exact.</summary>
    public IReadOnlyList<SubmissionProblem> Problems { get; init; } = [];

    public int RowCount { get; init; }
    public int ErrorCount { get; init; }
    public int WarningCount { get; init; }

    /// <summary>Data rows with at least one error.</summary>
    public int RowsWithErrors { get; init; }

    public IReadOnlyCollection<string> ExpectedIndicatorIds { get; init; } = [];
    public IReadOnlyCollection<string> ReceivedIndicatorIds { get; init; } = [];

    public bool IsValid => ErrorCount == 0 && Agency is not null && Quarter is not null;
}
