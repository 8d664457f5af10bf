using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>Validates a CSV return written in a test against the real catalogue, areas and agencies.</summary>
internal static class Validation
{
    public const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    public static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    /// <summary>
    /// The rows under the full header, for the given agency and quarter (null: as the file says). Read then checked,
    /// and checked while read: both must give the same answer, which is returned.
    /// </summary>
    public static ValidatedReturn Validate(
        string rows, string? agencyId = "police", string? quarter = "2024-25 Q1", IReadOnlySet<string>? allowed = null, ReturnLimits? limits = null) =>
        ValidateBothWays(System.Text.Encoding.UTF8.GetBytes(Header + "\n" + rows), "q1.csv", agencyId, quarter, allowed, limits);

    /// <summary>A file validated after reading and while reading; asserts the two answers are the same.</summary>
    public static ValidatedReturn ValidateBothWays(
        byte[] file, string fileName, string? agencyId, string? quarter, IReadOnlySet<string>? allowed = null, ReturnLimits? limits = null)
    {
        limits ??= ReturnFiles.Limits;
        var agency = agencyId is null ? null : Reference.FindAgency(agencyId);
        var period = quarter is null ? null : Period.Parse(quarter);
        var validator = new QuarterlyReturnValidator(Reference);
        var afterReading = validator.Validate(ReturnFiles.Read(file, fileName, limits), fileName, agency, period, allowed, limits);
        using var stream = new MemoryStream(file, writable: false);
        var whileReading = validator.ReadAndValidate(fileName, stream, agency, period, allowed, limits);
        AssertSame(afterReading, whileReading);
        return afterReading;
    }

    private static void AssertSame(ValidatedReturn expected, ValidatedReturn actual)
    {
        Assert.Equal(expected.Problems, actual.Problems);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(
            (expected.RowCount, expected.ErrorCount, expected.WarningCount, expected.RowsWithErrors, expected.Agency, expected.Quarter),
            (actual.RowCount, actual.ErrorCount, actual.WarningCount, actual.RowsWithErrors, actual.Agency, actual.Quarter));
        Assert.Equal(expected.ExpectedIndicatorIds, actual.ExpectedIndicatorIds);
        Assert.Equal(expected.ReceivedIndicatorIds.Order(StringComparer.Ordinal), actual.ReceivedIndicatorIds.Order(StringComparer.Ordinal));
    }

    public static SubmissionProblem SingleError(ValidatedReturn validated) =>
        Assert.Single(validated.Problems, p => p.Severity == ProblemSeverity.Error);

    public static IEnumerable<SubmissionProblem> Errors(ValidatedReturn validated) =>
        validated.Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
