using System.IO.Compression;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using static Safeguarding.Analytics.Ingest.Tests.Returns.ReturnFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public sealed class ReturnXlsxReaderDamageTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    [Fact]
    public void A_text_file_renamed_xlsx_is_not_xlsx()
    {
        var read = ReadCsv("indicator_id,area_code,period,value\na,b,c,1\n", "return.xlsx");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("not_xlsx", problem.Code);
        Assert.StartsWith("return.xlsx: ", problem.Message, StringComparison.Ordinal);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void A_zip_without_a_workbook_is_not_xlsx()
    {
        var read = Read(Workbooks.Zip(("readme.txt", "hello"), ("data/return.csv", "indicator_id,area_code,period,value\n")), "return.xlsx");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("not_xlsx", problem.Code);
        Assert.Contains("xl/workbook.xml", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_zip_that_unpacks_to_200_mb_is_a_zip_bomb()
    {
        byte[] bomb;
        using (var output = new MemoryStream())
        {
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                Workbooks.Entry(zip, "xl/workbook.xml", "<workbook/>");
                using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 200; i++)
                {
                    sheet.Write(zeros);
                }
            }

            bomb = output.ToArray();
        }

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length:N0} bytes");

        var read = Read(bomb, "bomb.xlsx");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("zip_bomb", problem.Code);
        Assert.Empty(read.Records);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void A_truncated_workbook_is_an_error_not_an_exception(double kept)
    {
        var whole = Template();
        var cut = whole[..(int)(whole.Length * kept)];

        var read = Read(cut, "cut.xlsx");

        Assert.Contains(read.Problems, p => p.Code == "not_xlsx");
        Assert.Empty(read.Records);
    }

    [Fact]
    public void A_worksheet_that_is_not_xml_is_an_error_not_an_exception()
    {
        var read = Read(Workbooks.Zip(("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"Return\"/></sheets></workbook>"), ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row")), "broken.xlsx");

        Assert.Equal("not_xlsx", Assert.Single(read.Problems).Code);
    }

    private static byte[] Template()
    {
        using var output = new MemoryStream();
        ReturnTemplate.Write(output, Reference.FindAgency("police")!, Period.Parse("2024-25 Q1"), Reference.Areas.Resolve("E06000019"), Reference.Indicators);
        return output.ToArray();
    }
}
