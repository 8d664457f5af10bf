using Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

public class XlsxTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tand\nbreak\r\n", "tab\tand\nbreak\r\n")]
    [InlineData("bell\a", "bell_x0007_")]
    [InlineData("nul\0", "nul_x0000_")]
    [InlineData("_x0041_", "_x005F_x0041_")]
    [InlineData("snake_case_x", "snake_case_x")]
    [InlineData("👶🏽", "👶🏽")]
    public void Characters_xml_cannot_carry_are_escaped_as_spreadsheetml_does(string text, string expected) =>
        Assert.Equal(expected, XlsxText.Escape(text));

    [Fact]
    public void A_lone_surrogate_is_escaped() => Assert.Equal("lone_xD800_", XlsxText.Escape("lone" + (char)0xD800));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")]
    public void Columns_are_lettered_as_a_spreadsheet_letters_them(int index, string letters) =>
        Assert.Equal(letters, SheetColumns.Letters(index));
}
