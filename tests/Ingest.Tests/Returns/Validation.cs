using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>Validates a CSV return written in a test against the real catalogue, areas and agencies.</summary>
internal static class Validation
{
    public const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    public static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    /// <summary>The rows under the full header, for the given agency and quarter (null: as the file says).</summary>
    public static ValidatedReturn Validate(
        string rows, string? agencyId = "police", string? quarter = "2024-25 Q1", IReadOnlySet<string>? allowed = null, ReturnLimits? limits = null)
    {
        limits ??= ReturnFiles.Limits;
        var read = ReturnFiles.ReadCsv(Header + "\n" + rows, "q1.csv", limits);
        return new QuarterlyReturnValidator(Reference).Validate(
            read,
            "q1.csv",
            agencyId is null ? null : Reference.FindAgency(agencyId),
            quarter is null ? null : Period.Parse(quarter),
            allowed,
            limits);
    }

    public static SubmissionProblem SingleError(ValidatedReturn validated) =>
        Assert.Single(validated.Problems, p => p.Severity == ProblemSeverity.Error);

    public static IEnumerable<SubmissionProblem> Errors(ValidatedReturn validated) =>
        validated.Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
