using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Safeguarding.Analytics.Ingest.Returns;

namespace Safeguarding.Analytics.Integration.Tests.Journey;

/// <summary>One figure as a data lead types it into the template's row.</summary>
public sealed record FilledFigure(string IndicatorId, string AreaCode, string PeriodKey, double Value, double? Numerator, double? Denominator);

/// <summary>
/// An agency's template for a quarter, filled in as its data lead would: each row the template asks for gets a value,
/// and its numerator and denominator where the figure has counts, in the template's own workbook or as the long CSV.
/// </summary>
public sealed class FilledReturn(byte[] template, IReadOnlyList<FilledFigure> figures)
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public IReadOnlyList<FilledFigure> Figures { get; } = figures;

    /// <summary>The rows the template asks for, read back with the service's own reader.</summary>
    public static IReadOnlyList<ReturnRecord> RowsOf(byte[] template)
    {
        using var stream = new MemoryStream(template);
        var read = QuarterlyReturnReader.Read("template.xlsx", stream, new ReturnLimits());

        // A quarter in which the agency owes nothing gives a template with its header alone.
        Assert.DoesNotContain(read.Problems, p => p.Code != "no_rows");
        return read.Records;
    }

    /// <summary>The template workbook with the figures typed into its Return sheet, everything else as it came.</summary>
    public byte[] ToWorkbook()
    {
        var output = new MemoryStream();
        output.Write(template);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            XDocument sheet;
            using (var read = entry.Open())
            {
                sheet = XDocument.Load(read);
            }

            foreach (var row in sheet.Descendants(Main + "row").Skip(1))
            {
                var cells = row.Elements(Main + "c").ToList();
                var indicatorId = cells.Single(c => Column(c) == "A").Value;
                var figure = Figures.Single(f => f.IndicatorId == indicatorId);
                row.Elements(Main + "c").Where(c => Column(c) is "D" or "E" or "F" or "G").Remove();
                var number = (string)row.Attribute("r")!;
                var typed = new List<XElement> { NumberCell("D", number, figure.Value) };
                if (figure.Numerator is { } numerator)
                {
                    typed.Add(NumberCell("E", number, numerator));
                }

                if (figure.Denominator is { } denominator)
                {
                    typed.Add(NumberCell("F", number, denominator));
                }

                typed.Add(new XElement(Main + "c", new XAttribute("r", $"G{number}"), new XAttribute("t", "inlineStr"), new XElement(Main + "is", new XElement(Main + "t", "final"))));
                var kept = row.Elements(Main + "c").ToList();
                row.ReplaceNodes(kept.Concat(typed).OrderBy(Column, StringComparer.Ordinal));
            }

            entry.Delete();
            using var write = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            sheet.Save(write);
        }

        return output.ToArray();
    }

    /// <summary>The same figures in the long CSV layout, as a data lead exporting from their own system would send them.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("indicator_id,area_code,period,value,numerator,denominator,status,note\n");
        foreach (var f in Figures)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{f.IndicatorId},{f.AreaCode},{f.PeriodKey},{Number(f.Value)},{Number(f.Numerator)},{Number(f.Denominator)},final,\n");
        }

        return csv.ToString();
    }

    private static string Column(XElement cell) => new(((string)cell.Attribute("r")!).TakeWhile(char.IsLetter).ToArray());

    private static XElement NumberCell(string column, string row, double value) =>
        new(Main + "c", new XAttribute("r", column + row), new XElement(Main + "v", Number(value)));

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
