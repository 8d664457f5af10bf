using System.Text;
using CsvHelper;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Disclosure;
using static Safeguarding.Analytics.Ingest.Tests.Extracts.ExtractFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

public class CsvExtractTests
{
    [Fact]
    public async Task Figures_read_back_with_suppressed_ones_blank_and_the_reason_shown()
    {
        var (file, summary) = await ExtractFiles.WriteAsync(ExtractFormat.Csv,
        [
            OutOf120(Home, "2024-25 Q1", 3), OutOf120(Home, "2024-25 Q2", 0), OutOf120(Home, "2024-25 Q3", 117), OutOf120(England, "2024-25 Q1", 30),
            Figure(Plans, Home, "2024-25 Q1", 4), Figure(Plans, Home, "2024-25 Q2", 250),
        ]);

        var rows = Read(file);

        Assert.Equal(new ExtractFileSummary(6, 3), summary);
        Assert.Equal(ExtractFileWriter.Columns, rows[0]);
        Assert.Equal(7, rows.Count);
        string[][] figures = [.. rows.Skip(1).Select(r => new[] { r[0], r[3], r[6], r[7], r[8], r[9], r[14] })];
        Assert.Equal(["repeat_referrals_pct", "E06000019", "2024-25 Q1", "", "", "", DisclosureRule.Standard.RateReason], figures[0]);
        Assert.Equal(["repeat_referrals_pct", "E06000019", "2024-25 Q2", "0", "0", "120", ""], figures[1]);
        Assert.Equal("", figures[2][3]);
        Assert.Equal(["repeat_referrals_pct", "E92000001", "2024-25 Q1", "25", "30", "120", ""], figures[3]);
        Assert.Equal(["cpp_count", "E06000019", "2024-25 Q1", "", "", "", DisclosureRule.Standard.RateReason], figures[4]);
        Assert.Equal("250", figures[5][3]);
    }

    [Fact]
    public async Task The_file_is_utf8_with_a_byte_order_mark_and_crlf_line_ends()
    {
        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Csv, [Figure(Plans, Home, "2024-25 Q1", 10) with { Source = "Ynys Môn" }]);

        Assert.Equal([0xEF, 0xBB, 0xBF], file[..3]);
        var text = Encoding.UTF8.GetString(file, 3, file.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Ynys Môn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formula_like_and_awkward_text_is_neutralised_and_quoted()
    {
        var hostile = Figure(Plans, Home, "2024-25 Q1", 10) with
        {
            StatusReason = "=HYPERLINK(\"http://x\",\"click\")",
            Source = "+44 1432, \"the\nreturn\"",
        };

        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Csv, [hostile]);
        var row = Read(file)[1];

        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")", row[13]);
        Assert.Equal("'+44 1432, \"the\nreturn\"", row[15]);
    }

    [Fact]
    public async Task A_negative_figure_stays_a_number()
    {
        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Csv, [Figure(Plans, Home, "2024-25 Q1", -12.5) with { LowerCi = -0.25 }]);

        var row = Read(file)[1];

        Assert.Equal("-12.5", row[7]);
        Assert.Equal("-0.25", row[10]);
    }

    [Fact]
    public async Task An_empty_extract_is_its_heading_alone()
    {
        var (file, summary) = await ExtractFiles.WriteAsync(ExtractFormat.Csv, []);

        Assert.Equal(new ExtractFileSummary(0, 0), summary);
        Assert.Equal([ExtractFileWriter.Columns], Read(file));
    }

    [Fact]
    public async Task A_row_the_extract_did_not_ask_for_fails_the_file()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ExtractFiles.WriteAsync(ExtractFormat.Csv, [Figure(Plans, Home, "2024-25 Q1", 10), Figure(Plans, Home, "2024-25 Q1", 10) with { AreaCode = "W06000001" }]));

        Assert.Contains("W06000001", error.Message, StringComparison.Ordinal);
    }

    private static List<string[]> Read(byte[] file)
    {
        using var text = new StreamReader(new MemoryStream(file), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        List<string[]> rows = [[.. csv.Headers]];
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
