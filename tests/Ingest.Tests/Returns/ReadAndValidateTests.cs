using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using static Safeguarding.Analytics.Ingest.Tests.Returns.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>
/// Checking rows while the file is still being read, over many batches: the same answer as reading first, errors
/// that straddle batches (a duplicate of a row thousands earlier) included.
/// </summary>
public sealed class ReadAndValidateTests
{
    private static readonly List<string> Areas =
        [.. Reference.Areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => a.Code)];

    /// <summary>An agency owning enough indicators that a valid return runs to many batches of rows.</summary>
    private static readonly (ReferenceDataSet Reference, Agency Agency) Large = LargeAgency(indicators: 300);

    [Fact]
    public void A_valid_return_of_many_batches_gives_the_same_lines_either_way()
    {
        var file = LargeReturn(rows: 40_000, row => row);

        var validated = ValidateLarge(file);

        Assert.True(validated.IsValid);
        Assert.Equal(40_000, validated.Lines.Count);
        Assert.Equal(Enumerable.Range(2, 40_000), validated.Lines.Select(l => l.Row));
    }

    [Fact]
    public void Errors_spread_over_many_batches_are_listed_alike_and_counted_exactly()
    {
        // Row 30,002 repeats row 2's figure; rows 998, 1995, ... (40 of them) have an area that is not one; the list
        // is capped at 25.
        var file = LargeReturn(rows: 40_000, row => row == 30_000 ? 0 : row);
        var text = Encoding.UTF8.GetString(file).Split('\n');
        for (var line = 997; line < text.Length - 1; line += 997)
        {
            text[line] = text[line].Replace(",E", ",X", StringComparison.Ordinal);
        }

        var validated = ValidateLarge(Encoding.UTF8.GetBytes(string.Join('\n', text)), new ReturnLimits { MaxProblems = 25 });

        Assert.False(validated.IsValid);
        Assert.Equal(41, validated.ErrorCount);
        Assert.Equal(41, validated.RowsWithErrors);
        Assert.Equal(26, validated.Problems.Count);
        Assert.Equal("more_problems", validated.Problems[^1].Code);
    }

    [Fact]
    public void A_duplicate_of_a_row_many_batches_earlier_names_that_row()
    {
        var file = LargeReturn(rows: 40_000, row => row == 30_000 ? 0 : row);

        var validated = ValidateLarge(file);

        var duplicate = Assert.Single(Errors(validated));
        Assert.Equal(("duplicate_row", 30_002), (duplicate.Code, duplicate.Row!.Value));
        Assert.Contains("already given in row 2", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_rows_and_a_workbook_give_the_same_answer_either_way()
    {
        ValidateBothWays(Encoding.UTF8.GetBytes(Header + "\n"), "q1.csv", "police", "2024-25 Q1");
        ValidateBothWays([], "q1.csv", "police", "2024-25 Q1");
        ValidateBothWays(Encoding.UTF8.GetBytes("a;b;c\n1;2;3\n"), "q1.csv", "police", "2024-25 Q1");
        using var workbook = new MemoryStream();
        var police = Reference.FindAgency("police")!;
        var quarter = Domain.Periods.Period.Parse("2024-25 Q1");
        ReturnTemplate.Write(workbook, police, quarter, Reference.Areas.Resolve("E06000019"), Reference.Indicators);
        var filled = ValidateBothWays(workbook.ToArray(), "q1.xlsx", "police", "2024-25 Q1");
        Assert.NotEqual(0, filled.RowCount);
    }

    private static ValidatedReturn ValidateLarge(byte[] file, ReturnLimits? limits = null)
    {
        limits ??= new ReturnLimits { MaxRows = 100_000 };
        var validator = new QuarterlyReturnValidator(Large.Reference);
        var quarter = Domain.Periods.Period.Parse("2024-25 Q1");
        var afterReading = validator.Validate(ReturnFiles.Read(file, "large.csv", limits), "large.csv", Large.Agency, quarter, null, limits);
        using var stream = new MemoryStream(file, writable: false);
        var whileReading = validator.ReadAndValidate("large.csv", stream, Large.Agency, quarter, null, limits);
        Assert.Equal(afterReading.Problems, whileReading.Problems);
        Assert.Equal(afterReading.Lines, whileReading.Lines);
        Assert.Equal((afterReading.ErrorCount, afterReading.WarningCount, afterReading.RowsWithErrors, afterReading.RowCount),
            (whileReading.ErrorCount, whileReading.WarningCount, whileReading.RowsWithErrors, whileReading.RowCount));
        return whileReading;
    }

    /// <summary>A return whose n-th row (0 upwards) gives figure number <paramref name="figure"/>(n).</summary>
    private static byte[] LargeReturn(int rows, Func<int, int> figure)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var row = 0; row < rows; row++)
        {
            var f = figure(row);
            var numerator = f % 50;
            text.Append(CultureInfo.InvariantCulture, $"large_{f / Areas.Count:000}_pct,{Areas[f % Areas.Count]},2024-25 Q1,{100.0 * numerator / 50:0.0},{numerator},50,final,\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (ReferenceDataSet, Agency) LargeAgency(int indicators)
    {
        var agency = new Agency("large", "Large agency", 20, "An agency with many indicators, for tests of large returns.");
        var catalogue = Enumerable.Range(0, indicators)
            .Select(i => TestCatalogue.CpVisits with { Id = $"large_{i:000}_pct", Name = $"Large measure {i}", LeadAgency = agency.Name })
            .ToList();
        return (new ReferenceDataSet(Reference.Areas, Reference.Priorities, catalogue, [agency]), agency);
    }
}
