using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Safeguarding.Analytics.Ingest.Spreadsheets;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>
/// The small parts every workbook needs besides its sheets: content types, relationships, the workbook's sheet list
/// and two cell styles (plain, and bold for headings). Sheet <c>n</c> (from 1) is the part
/// <c>xl/worksheets/sheet{n}.xml</c>.
/// </summary>
internal static class WorkbookParts
{
    private const string Relationships = SpreadsheetMl.Relationships;
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static string SheetPath(int number) => string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{number}.xml");

    public static async Task WriteAsync(ZipArchive zip, IReadOnlyList<string> sheetNames, CancellationToken cancellationToken)
    {
        await PartAsync(zip, "[Content_Types].xml", xml => ContentTypes(xml, sheetNames.Count), cancellationToken).ConfigureAwait(false);
        await PartAsync(zip, "_rels/.rels", xml => SpreadsheetMl.RelationshipList(xml, [("rId1", Relationships + "/officeDocument", "xl/workbook.xml")]), cancellationToken)
            .ConfigureAwait(false);
        await PartAsync(zip, "xl/workbook.xml", xml => Workbook(xml, sheetNames), cancellationToken).ConfigureAwait(false);
        var relationships = Enumerable.Range(1, sheetNames.Count)
            .Select(n => ($"rId{n}", Relationships + "/worksheet", $"worksheets/sheet{n}.xml"))
            .Append(($"rId{sheetNames.Count + 1}", Relationships + "/styles", "styles.xml"))
            .ToArray();
        await PartAsync(zip, "xl/_rels/workbook.xml.rels", xml => SpreadsheetMl.RelationshipList(xml, relationships), cancellationToken).ConfigureAwait(false);
        await PartAsync(zip, "xl/styles.xml", Styles, cancellationToken).ConfigureAwait(false);
    }

    private static async Task PartAsync(ZipArchive zip, string path, Action<XmlWriter> write, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        using (var xml = XmlWriter.Create(content, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            write(xml);
            xml.WriteEndDocument();
        }

        var entry = await zip.CreateEntry(path, CompressionLevel.Fastest).OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (entry.ConfigureAwait(false))
        {
            await entry.WriteAsync(content.GetBuffer().AsMemory(0, (int)content.Length), cancellationToken).ConfigureAwait(false);
        }
    }

    private static void ContentTypes(XmlWriter xml, int sheets)
    {
        xml.WriteStartElement("Types", ContentTypesNamespace);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var n = 1; n <= sheets; n++)
        {
            Override(xml, "/" + SheetPath(n), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string type)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string type)
    {
        xml.WriteStartElement("Override", ContentTypesNamespace);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, IReadOnlyList<string> sheetNames)
    {
        xml.WriteStartElement("workbook", WorksheetWriter.Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets", WorksheetWriter.Main);
        for (var i = 0; i < sheetNames.Count; i++)
        {
            xml.WriteStartElement("sheet", WorksheetWriter.Main);
            xml.WriteAttributeString("name", sheetNames[i]);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Styles(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", WorksheetWriter.Main);
        xml.WriteRaw("""<fonts count="2"><font/><font><b/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>""");
        xml.WriteRaw("""<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>""");
        xml.WriteRaw("""<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs>""");
        xml.WriteEndElement();
    }
}
