using Safeguarding.Analytics.Dashboard.Api;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Tests.Api;

public class AuditCsvTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 1432 260000", "'+44 1432 260000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("police.csv", "police.csv")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_cell_a_spreadsheet_would_read_as_a_formula_starts_with_an_apostrophe(string? value, string expected) =>
        Assert.Equal(expected, AuditCsv.Cell(value));

    [Theory]
    [InlineData("one, two", "\"one, two\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"x\")", "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"")]
    public void A_cell_with_a_comma_quote_or_line_break_is_quoted(string value, string expected) =>
        Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public void Each_event_is_one_row_under_the_header_with_its_time_in_utc()
    {
        var csv = AuditCsv.Write([new AuditEvent
        {
            Id = 7,
            At = new DateTime(2025, 7, 14, 9, 30, 15, 120, DateTimeKind.Utc),
            Actor = AuditActors.Anonymous,
            Action = AuditActions.SubmissionFileDownloaded,
            SubjectType = AuditSubjects.Submission,
            SubjectId = "17",
            Detail = "police.csv (1,234 bytes)",
            ClientAddress = "::1",
        }]);

        Assert.Equal(
            AuditCsv.Header + "\r\n7,2025-07-14T09:30:15.120Z,anonymous,submission.file.downloaded,submission,17,\"police.csv (1,234 bytes)\",::1\r\n",
            csv);
    }
}
