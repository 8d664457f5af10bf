using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Safeguarding.Analytics.Ingest.Spreadsheets;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// The agency's workbook for a quarter: a "Return" sheet in the long layout with a row for each indicator the agency
/// owes that quarter (figures left blank for the agency to fill), an "Indicators" sheet with their definitions, and
/// an "About" sheet naming the agency, quarter, area and deadline, which the reader takes back as hints.
/// Written as plain SpreadsheetML parts so that it opens in Excel, LibreOffice and the reader alike; every cell is
/// text, through <see cref="SpreadsheetCells"/>, since names and definitions come from the catalogue files.
/// </summary>
public static class ReturnTemplate
{
    public const string ReturnSheet = "Return";
    public const string IndicatorsSheet = "Indicators";
    public const string AboutSheet = "About";
    public const string AgencyIdLabel = "Agency id";
    public const string QuarterLabel = "Quarter";

    private const string Main = SpreadsheetMl.Main;
    private const string Relationships = SpreadsheetMl.Relationships;

    /// <summary>The indicators an agency owes for a quarter: its quarterly ones, and its annual ones in Q4.</summary>
    public static IReadOnlyList<Indicator> Expected(Agency agency, Period quarter, IEnumerable<Indicator> catalogue)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(quarter);
        return [.. catalogue.Where(i => agency.Owns(i) && (i.Frequency == Frequency.Quarterly || quarter.Quarter == 4)).OrderBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>The period a row of this indicator carries in a return for the quarter.</summary>
    public static Period RowPeriod(Indicator indicator, Period quarter)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(quarter);
        return indicator.Frequency == Frequency.Quarterly ? quarter : quarter.FinancialYearOf();
    }

    public static void Write(Stream output, Agency agency, Period quarter, Area homeArea, IEnumerable<Indicator> catalogue)
    {
        ArgumentNullException.ThrowIfNull(homeArea);
        var expected = Expected(agency, quarter, catalogue);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes);
        Part(zip, "_rels/.rels", RootRelationships);
        Part(zip, "xl/workbook.xml", Workbook);
        Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        Part(zip, "xl/styles.xml", Styles);
        Sheet(zip, "xl/worksheets/sheet1.xml", [.. ReturnColumns.All], expected.Select(i => ReturnRow(i, quarter, homeArea)), statusRows: expected.Count);
        Sheet(zip, "xl/worksheets/sheet2.xml", ["id", "name", "unit", "value type", "multiplier", "polarity", "frequency", "value is", "definition"],
            expected.Select(i => IndicatorRow(i, quarter)));
        Sheet(zip, "xl/worksheets/sheet3.xml", ["Item", "Value"], AboutRows(agency, quarter, homeArea, expected.Count));
    }

    private static string[] ReturnRow(Indicator indicator, Period quarter, Area area) =>
        [indicator.Id, area.Code, RowPeriod(indicator, quarter).Key, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty];

    private static string[] IndicatorRow(Indicator i, Period quarter) =>
    [
        i.Id, i.Name, i.Unit, i.ValueType.ToString(), i.Multiplier.ToString(CultureInfo.InvariantCulture), i.Polarity.ToString(),
        i.Frequency.ToString(), ValueIs(i, quarter), i.Definition,
    ];

    /// <summary>How the row's value is worked out, in words: a count as it is, otherwise the rule with any annualisation.</summary>
    private static string ValueIs(Indicator indicator, Period quarter) => indicator.ValueType is IndicatorValueType.Proportion or IndicatorValueType.Rate
        ? FigureScale.RuleInWords(indicator, RowPeriod(indicator, quarter))
        : "the figure itself";

    private static IEnumerable<string[]> AboutRows(Agency agency, Period quarter, Area area, int rows) =>
    [
        [AgencyIdLabel, agency.Id],
        ["Agency", agency.Name],
        [QuarterLabel, quarter.Key],
        ["Area", $"{area.Name} ({area.Code})"],
        ["Deadline", agency.ReturnDeadline(quarter).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)],
        ["Rows", rows.ToString(CultureInfo.InvariantCulture)],
        ["Generated (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
        ["How to fill it in", "Give value, numerator and denominator for each row; value = numerator / denominator x multiplier, rounded as you publish it. " +
            "A quarterly rate of events marked annualised on the Indicators sheet (\"value is\") is sent as a yearly rate: the quarter's count x 4 " +
            "(value = numerator / denominator x multiplier x 4), so it reads against DfE's published yearly rate; numerator is the quarter's own count. " +
            "Status is final (the default), provisional, suppressed or missing; for suppressed or missing leave the value blank and say why in the note."],
        ["How to send it", "Upload it on the Submissions page, post it to /api/returns, or drop it in the partnership's inbox folder. Keep the sheet names."],
    ];

    private static void Sheet(ZipArchive zip, string path, string[] header, IEnumerable<string[]> rows, int statusRows = 0)
    {
        Part(zip, path, xml =>
        {
            xml.WriteStartElement("worksheet", Main);
            SpreadsheetMl.FrozenHeaderRow(xml);
            xml.WriteStartElement("sheetData");
            Row(xml, 1, header, style: 1);
            var number = 1;
            foreach (var row in rows)
            {
                Row(xml, ++number, row, style: 0);
            }

            xml.WriteEndElement();
            if (statusRows > 0)
            {
                // A drop-down of the allowed statuses in the status column.
                xml.WriteStartElement("dataValidations");
                xml.WriteAttributeString("count", "1");
                xml.WriteStartElement("dataValidation");
                xml.WriteAttributeString("type", "list");
                xml.WriteAttributeString("allowBlank", "1");
                xml.WriteAttributeString("sqref", string.Create(CultureInfo.InvariantCulture, $"G2:G{statusRows + 1}"));
                xml.WriteElementString("formula1", Main, "\"final,provisional,suppressed,missing\"");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static void Row(XmlWriter xml, int number, string[] cells, int style)
    {
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            xml.WriteStartElement("c");
            xml.WriteAttributeString("r", $"{(char)('A' + i)}{number.ToString(CultureInfo.InvariantCulture)}");
            xml.WriteAttributeString("t", "inlineStr");
            if (style > 0)
            {
                xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteStartElement("is");
            xml.WriteElementString("t", Main, SpreadsheetCells.Text(cells[i]));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, ns, "xml", "application/xml");
        Override(xml, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= 3; i++)
        {
            Override(xml, ns, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string ns, string extension, string type)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string ns, string part, string type)
    {
        xml.WriteStartElement("Override", ns);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void RootRelationships(XmlWriter xml) =>
        SpreadsheetMl.RelationshipList(xml, [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")]);

    private static void WorkbookRelationships(XmlWriter xml) =>
        SpreadsheetMl.RelationshipList(xml,
        [
            ("rId1", Relationships + "/worksheet", "worksheets/sheet1.xml"),
            ("rId2", Relationships + "/worksheet", "worksheets/sheet2.xml"),
            ("rId3", Relationships + "/worksheet", "worksheets/sheet3.xml"),
            ("rId4", Relationships + "/styles", "styles.xml"),
        ]);

    private static void Workbook(XmlWriter xml)
    {
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets", Main);
        string[] names = [ReturnSheet, IndicatorsSheet, AboutSheet];
        for (var i = 0; i < names.Length; i++)
        {
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", names[i]);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Two cell formats: plain, and bold for the header row.</summary>
    private static void Styles(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", Main);
        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", "2");
        xml.WriteStartElement("font");
        xml.WriteEndElement();
        xml.WriteStartElement("font");
        xml.WriteStartElement("b");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteRaw("""<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>""");
        xml.WriteRaw("""<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs>""");
        xml.WriteEndElement();
    }
}
