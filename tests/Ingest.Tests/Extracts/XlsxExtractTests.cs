using DocumentFormat.OpenXml.Spreadsheet;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;
using static Safeguarding.Analytics.Ingest.Tests.Extracts.ExtractFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

public class XlsxExtractTests
{
    private static readonly string[] DataSheets = ["Data", "Data 2", "Data 3"];

    // As the store sends them: by indicator, area, period. Home's Q2 is 3 in 120, so withheld.
    private static readonly Observation[] Figures =
    [
        OutOf120(Home, "2024-25 Q1", 12), OutOf120(Home, "2024-25 Q2", 3), OutOf120(Home, "2024-25 Q3", 0),
        OutOf120(Neighbour, "2024-25 Q4", 60),
        OutOf120(England, "2024-25 Q1", 30), OutOf120(England, "2024-25 Q2", 24),
        Figure(Plans, Home, "2024-25 Q1", 4), Figure(Plans, Home, "2024-25 Q2", 250), Figure(Plans, England, "2024-25 Q2", 50_010),
    ];

    [Fact]
    public async Task The_workbook_is_valid_and_has_its_three_sheets()
    {
        var (file, summary) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, Figures);

        var workbook = OpenXmlWorkbook.Read(file);

        Assert.Empty(workbook.ValidationErrors);
        Assert.Equal(["Data", "Chart data", "About"], workbook.SheetNames);
        Assert.Equal(new ExtractFileSummary(9, 2), summary);
    }

    [Fact]
    public async Task The_data_sheet_holds_the_csv_columns_with_numbers_as_numbers_and_withheld_figures_blank()
    {
        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, Figures);

        var data = OpenXmlWorkbook.Read(file).Sheets["Data"];

        Assert.Equal(ExtractFileWriter.Columns, data[0]);
        Assert.Equal(10, data.Count);
        Assert.Equal(["repeat_referrals_pct", "Re-referrals within 12 months", "% of referrals", "E06000019", "Herefordshire", "home", "2024-25 Q1", 10.0, 12.0, 120.0, 1.0, 99.0, "final"],
            data[1][..13]);
        Assert.Equal([null, null, null, null, null], data[2][7..12]);
        Assert.Equal(DisclosureRule.Standard.RateReason, data[2][14]);
        Assert.Equal(0.0, data[3][7]);
        Assert.Null(data[7][7]); // a count of 4
        Assert.Equal(50_010.0, data[9][7]);
        Assert.Equal(1.0, data[9][16]);
    }

    [Fact]
    public async Task The_data_sheet_freezes_its_heading_and_sets_column_widths()
    {
        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, Figures);

        var sheet = OpenXmlWorkbook.Read(file).Parts["Data"];

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal(ExtractFileWriter.Columns.Length, sheet.Descendants<Column>().Count());
        Assert.All(sheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 8, 60));
    }

    [Fact]
    public async Task Chart_data_has_a_block_per_indicator_with_periods_down_and_areas_across()
    {
        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, Figures);

        var chart = OpenXmlWorkbook.Read(file).Sheets["Chart data"];

        object?[][] expected =
        [
            ["Re-referrals within 12 months", "% of referrals"],
            ["Period", "Herefordshire", "Shropshire", "England"],
            ["2024-25 Q1", 10.0, null, 25.0],
            ["2024-25 Q2", null, null, 20.0],
            ["2024-25 Q3", 0.0],
            ["2024-25 Q4", null, 50.0],
            [],
            ["Children on a protection plan", "children"],
            ["Period", "Herefordshire", "Shropshire", "England"],
            ["2024-25 Q1"],
            ["2024-25 Q2", 250.0, null, 50_010.0],
        ];
        Assert.Equal(expected, chart);
    }

    [Fact]
    public async Task About_describes_the_extract_its_rule_and_what_was_withheld()
    {
        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, Figures);

        var about = OpenXmlWorkbook.Read(file).Sheets["About"];
        var items = about.Where(r => r.Length == 2 && r[0] is string).ToDictionary(r => (string)r[0]!, r => r[1]);

        Assert.Equal("Re-referrals deep dive", items["Title"]);
        Assert.Equal("Early help", items["Theme"]);
        Assert.Equal("2024-25 Q1 to 2024-25 Q4", items["Periods"]);
        Assert.Equal("run-42", items["Run"]);
        Assert.Equal("analyst@example.org", items["Requested by"]);
        Assert.Equal("2026-11-28 09:30:00", items["Generated (UTC)"]);
        Assert.Equal(9.0, items["Rows"]);
        Assert.Equal(2.0, items["Figures withheld"]);
        Assert.Contains("Counts from 1 to 5 are not shown", (string)items["Disclosure control"]!, StringComparison.Ordinal);
        Assert.Contains(about, r => r.Length == 6 && Equals(r[0], "repeat_referrals_pct") && Equals(r[2], "% of referrals")
            && Equals(r[3], "lower is better") && Equals(r[5], "Re-referrals within 12 months: how the board counts it."));
        Assert.Contains(about, r => r.SequenceEqual(["E06000051", "Shropshire", "statistical neighbour"]));
    }

    [Fact]
    public async Task Data_continues_on_further_sheets_with_the_heading_repeated()
    {
        var rows = Enumerable.Range(0, 8).Select(i => Figure(Plans, Home, $"{2010 + i}-{11 + i} Q1", 100 + i)).ToList();

        var (file, summary) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, rows, maxRowsPerSheet: 4);
        var workbook = OpenXmlWorkbook.Read(file);

        Assert.Empty(workbook.ValidationErrors);
        Assert.Equal(["Data", "Data 2", "Data 3", "Chart data", "About"], workbook.SheetNames);
        Assert.Equal([4, 4, 3], DataSheets.Select(s => workbook.Sheets[s].Count));
        Assert.All(DataSheets, s => Assert.Equal(ExtractFileWriter.Columns, workbook.Sheets[s][0]));
        Assert.Equal(
            Enumerable.Range(0, 8).Select(i => (object?)(100.0 + i)),
            DataSheets.SelectMany(s => workbook.Sheets[s].Skip(1)).Select(r => r[7]));
        Assert.Equal(8, summary.Rows);
        Assert.Contains(workbook.Sheets["About"], r => r.Length == 2 && Equals(r[1], 8.0));
    }

    [Fact]
    public async Task Hostile_text_is_neutralised_and_control_characters_escaped()
    {
        var hostile = Figure(Plans, Home, "2024-25 Q1", 10) with
        {
            StatusReason = "=HYPERLINK(\"http://x\",\"click\")",
            Source = "bell\a vt\v _x0041_ 👶🏽 <tag> & \"quoted\"",
        };

        var (file, _) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, [hostile]);
        var workbook = OpenXmlWorkbook.Read(file);
        var row = workbook.Sheets["Data"][1];

        Assert.Empty(workbook.ValidationErrors);
        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")", row[13]);
        Assert.Equal("bell_x0007_ vt_x000B_ _x005F_x0041_ 👶🏽 <tag> & \"quoted\"", row[15]);
    }

    [Fact]
    public async Task An_empty_extract_is_a_valid_workbook_with_headings_only()
    {
        var (file, summary) = await ExtractFiles.WriteAsync(ExtractFormat.Xlsx, []);
        var workbook = OpenXmlWorkbook.Read(file);

        Assert.Empty(workbook.ValidationErrors);
        Assert.Single(workbook.Sheets["Data"]);
        Assert.Empty(workbook.Sheets["Chart data"]);
        Assert.Equal(new ExtractFileSummary(0, 0), summary);
    }

    [Fact]
    public async Task A_cancelled_extract_stops()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExtractFileWriter.WriteAsync(output, ExtractFormat.Xlsx, Header(), Stream(Figures), cancellation.Token));
    }
}
