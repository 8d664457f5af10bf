using System.IO.Compression;
using System.Xml.Linq;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using static Safeguarding.Analytics.Ingest.Tests.Returns.ReturnFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public sealed class ReturnXlsxReaderTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static byte[] Template(string agencyId, string quarter)
    {
        using var output = new MemoryStream();
        ReturnTemplate.Write(output, Reference.FindAgency(agencyId)!, Period.Parse(quarter), Reference.Areas.Resolve("E06000019"), Reference.Indicators);
        return output.ToArray();
    }

    [Fact]
    public void A_template_read_back_names_its_agency_and_quarter()
    {
        var read = Read(Template("police", "2024-25 Q1"), "police.xlsx");

        Assert.Empty(read.Problems);
        Assert.Equal("xlsx", read.Format);
        Assert.Equal("police", read.AgencyHint);
        Assert.Equal("2024-25 Q1", read.PeriodHint);
    }

    [Fact]
    public void A_template_read_back_has_one_blank_row_per_expected_indicator()
    {
        var read = Read(Template("police", "2024-25 Q1"), "police.xlsx");

        Assert.Equal(
            ["da_incidents_children_rate_per_10k", "da_notifications_timely_pct", "exploitation_risk_rate_per_10k", "marac_cases_rate_per_10k", "repeat_da_pct"],
            read.Records.Select(r => r.IndicatorId));
        Assert.Equal([2, 3, 4, 5, 6], read.Records.Select(r => r.Row));
        Assert.All(read.Records, r => Assert.Equal(("E06000019", "2024-25 Q1", ""), (r.AreaCode, r.Period, r.Value)));
    }

    [Fact]
    public void A_fourth_quarter_template_carries_annual_indicators_for_the_financial_year()
    {
        var read = Read(Template("childrens_social_care", "2024-25 Q4"), "csc.xlsx");

        var expected = ReturnTemplate.Expected(Reference.FindAgency("childrens_social_care")!, Period.Parse("2024-25 Q4"), Reference.Indicators);
        Assert.Equal(expected.Select(i => i.Id), read.Records.Select(r => r.IndicatorId));
        Assert.Equal("2024-25", read.Records.Single(r => r.IndicatorId == "sw_caseload_avg").Period);
        Assert.Equal("2024-25 Q4", read.Records.Single(r => r.IndicatorId == "cpp_rate_per_10k").Period);
    }

    [Fact]
    public void A_template_filled_in_with_numeric_cells_reads_as_the_same_csv()
    {
        var filled = Fill(Template("police", "2024-25 Q1"), ["12.5", "40", "97.25", "1e1", "0"]);
        var csv = ReadCsv(
            "indicator_id,area_code,period,value,numerator,denominator,status,note\n" +
            "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,12.5,,,final,\n" +
            "da_notifications_timely_pct,E06000019,2024-25 Q1,40,,,final,\n" +
            "exploitation_risk_rate_per_10k,E06000019,2024-25 Q1,97.25,,,final,\n" +
            "marac_cases_rate_per_10k,E06000019,2024-25 Q1,1e1,,,final,\n" +
            "repeat_da_pct,E06000019,2024-25 Q1,0,,,final,\n");

        var read = Read(filled, "police.xlsx");

        Assert.Empty(read.Problems);
        Assert.Equal(csv.Records, read.Records);
    }

    [Fact]
    public void A_hand_written_workbook_with_shared_strings_reads_as_the_same_csv()
    {
        var workbook = Workbooks.Write(("Return",
        [
            ["Indicator_ID", "area_code", "period", "value", "numerator", "denominator", "status", "note"],
            ["repeat_da_pct", "E06000019", "2024-25 Q1", "25.5", "51", "200", null, null],
            null,
            ["marac_cases_rate_per_10k", "884", "2024-25 Q1", null, null, null, "suppressed", "fewer than 5, \"small\""],
        ]));
        var csv = ReadCsv(
            "indicator_id,area_code,period,value,numerator,denominator,status,note\n" +
            "repeat_da_pct,E06000019,2024-25 Q1,25.5,51,200,,\n" +
            "\n" +
            "marac_cases_rate_per_10k,884,2024-25 Q1,,,,suppressed,\"fewer than 5, \"\"small\"\"\"\n");

        var read = Read(workbook, "hand.xlsx");

        Assert.Empty(read.Problems);
        Assert.Equal([2, 4], read.Records.Select(r => r.Row));
        Assert.Equal(csv.Records, read.Records);
        Assert.Null(read.AgencyHint);
        Assert.Null(read.PeriodHint);
    }

    [Fact]
    public void The_sheet_named_return_is_read_even_when_it_is_not_first()
    {
        var workbook = Workbooks.Write(
            ("Notes", [["indicator_id", "area_code", "period", "value"], ["from_notes", "x", "y", "1"]]),
            ("Return", [["indicator_id", "area_code", "period", "value"], ["from_return", "x", "y", "1"]]));

        Assert.Equal("from_return", Assert.Single(Read(workbook, "two.xlsx").Records).IndicatorId);
    }

    [Fact]
    public void The_workbook_is_recognised_by_content_whatever_its_name()
    {
        var read = Read(Template("police", "2024-25 Q1"), "police return.csv");

        Assert.Equal("xlsx", read.Format);
        Assert.Equal(5, read.Records.Count);
    }

    [Fact]
    public void Header_errors_are_the_same_as_in_a_csv()
    {
        var workbook = Workbooks.Write(("Return", [["indicator_id", "period", "value", "remarks"], ["a", "b", "1", "c"]]));

        var read = Read(workbook, "bad.xlsx");

        Assert.Equal(["missing_column", "unknown_column"], read.Problems.Select(p => p.Code).Order());
        Assert.Contains(read.Problems, p => p.Column == "remarks" && p.Message.StartsWith("bad.xlsx, row 1, column remarks: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sheet_with_a_header_alone_is_no_rows()
    {
        var read = Read(Workbooks.Write(("Return", [["indicator_id", "area_code", "period", "value"]])), "empty.xlsx");

        Assert.Equal("no_rows", Assert.Single(read.Problems).Code);
    }

    [Fact]
    public void A_cell_past_the_limit_is_cell_too_long()
    {
        var workbook = Workbooks.Write(("Return", [["indicator_id", "area_code", "period", "value", "note"], ["a", "b", "c", "1", new string('n', 4_001)]]));

        var problem = SingleProblem(Read(workbook, "long.xlsx"), "cell_too_long");

        Assert.Equal(2, problem.Row);
    }

    /// <summary>The template with a value typed as a number into each row and the status picked as final.</summary>
    private static byte[] Fill(byte[] template, string[] values)
    {
        using var copy = new MemoryStream();
        copy.Write(template);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            XDocument sheet;
            using (var stream = entry.Open())
            {
                sheet = XDocument.Load(stream);
            }

            var rows = sheet.Descendants(Main + "row").Skip(1).ToList();
            Assert.Equal(values.Length, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var number = rows[i].Attribute("r")!.Value;
                rows[i].Add(new XElement(Main + "c", new XAttribute("r", "D" + number), new XElement(Main + "v", values[i])));
                rows[i].Add(new XElement(Main + "c", new XAttribute("r", "G" + number), new XAttribute("t", "inlineStr"), new XElement(Main + "is", new XElement(Main + "t", "final"))));
            }

            entry.Delete();
            using var output = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            sheet.Save(output);
        }

        return copy.ToArray();
    }
}
