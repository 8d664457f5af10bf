using System.IO.Compression;
using System.Xml.Linq;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public class ReturnTemplateTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Catalogue_text_that_looks_like_a_formula_is_written_neutralised()
    {
        var catalogue = Reference.Indicators.Select(i => i.Id == "repeat_da_pct"
            ? i with { Name = "=HYPERLINK(\"http://x\",\"click\")", Definition = "@SUM(A1:A9)" }
            : i);
        using var output = new MemoryStream();

        ReturnTemplate.Write(output, Reference.FindAgency("police")!, Period.Parse("2024-25 Q1"), Reference.Areas.Resolve("E06000019"), catalogue);

        var texts = SheetTexts(output, "xl/worksheets/sheet2.xml");
        Assert.Contains("'=HYPERLINK(\"http://x\",\"click\")", texts);
        Assert.Contains("'@SUM(A1:A9)", texts);
        Assert.DoesNotContain(texts, t => t.Length > 0 && t[0] is '=' or '+' or '-' or '@');
    }

    [Fact]
    public void The_indicators_sheet_says_which_rates_are_sent_as_the_quarters_count_times_four()
    {
        using var output = new MemoryStream();

        ReturnTemplate.Write(output, Reference.FindAgency("childrens_social_care")!, Period.Parse("2025-26 Q3"), Reference.Areas.Resolve("E06000019"), Reference.Indicators);

        var rows = SheetRows(output, "xl/worksheets/sheet2.xml");
        var valueIs = rows[0].IndexOf("value is");
        Assert.True(valueIs > 0);
        Assert.Equal(
            "numerator / denominator × 10000 × 4 (annualised: the quarter's count × 4 per 10,000 children)",
            rows.Single(r => r[0] == "referrals_rate_per_10k")[valueIs]);
        Assert.Equal("numerator / denominator × 10000", rows.Single(r => r[0] == "cpp_rate_per_10k")[valueIs]);
        Assert.Equal("numerator / denominator × 100", rows.Single(r => r[0] == "contacts_24h_pct")[valueIs]);
        Assert.Contains(SheetTexts(output, "xl/worksheets/sheet3.xml"), t => t.Contains("the quarter's count x 4", StringComparison.Ordinal));
    }

    // Each row's cells in order; the template writes no cell for an empty text, so rows here are full.
    private static List<List<string>> SheetRows(MemoryStream workbook, string part)
    {
        workbook.Position = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        using var stream = zip.GetEntry(part)!.Open();
        return [.. XDocument.Load(stream).Descendants(Main + "row").Select(r => r.Descendants(Main + "t").Select(t => t.Value).ToList())];
    }

    private static List<string> SheetTexts(MemoryStream workbook, string part)
    {
        workbook.Position = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        using var stream = zip.GetEntry(part)!.Open();
        return [.. XDocument.Load(stream).Descendants(Main + "t").Select(t => t.Value)];
    }
}
