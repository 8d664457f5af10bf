using Safeguarding.Analytics.Ingest.Spreadsheets;

namespace Safeguarding.Analytics.Ingest.Tests.Spreadsheets;

public class SpreadsheetCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+44 1432 260000", "'+44 1432 260000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-12.5", "'-12.5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =1", " =1")]
    [InlineData("police.csv", "police.csv")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_a_spreadsheet_would_read_as_a_formula_is_neutralised_and_other_text_is_left_alone(string? value, string expected) =>
        Assert.Equal(expected, SpreadsheetCells.Text(value));

    [Theory]
    [InlineData("=1+1,2", "\"'=1+1,2\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("\r\n=1", "\"'\r\n=1\"")]
    [InlineData("-1\n=2", "\"'-1\n=2\"")]
    [InlineData("plain", "plain")]
    public void A_csv_text_field_is_neutralised_then_quoted(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetCells.CsvText(value));

    [Theory]
    [InlineData(-12.5, "-12.5")]
    [InlineData(-0.001, "-0.001")]
    [InlineData(1e21, "1E+21")]
    public void A_negative_number_written_as_a_number_stays_a_number(double value, string expected) =>
        Assert.Equal(expected, SpreadsheetCells.CsvNumber(value));

    [Fact]
    public void A_negative_whole_number_stays_a_number() =>
        Assert.Equal("-42", SpreadsheetCells.CsvNumber(-42L));
}
