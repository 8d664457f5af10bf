using System.IO.Compression;
using System.Xml.Linq;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.Periods;
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

    private static List<string> SheetTexts(MemoryStream workbook, string part)
    {
        workbook.Position = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        using var stream = zip.GetEntry(part)!.Open();
        return [.. XDocument.Load(stream).Descendants(Main + "t").Select(t => t.Value)];
    }
}
