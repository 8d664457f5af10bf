using System.Xml;

namespace Safeguarding.Analytics.Ingest.Spreadsheets;

/// <summary>
/// The SpreadsheetML pieces every workbook the service writes shares (the return template, extract files): the
/// namespaces, a part's relationship list, and a sheet's frozen header row.
/// </summary>
public static class SpreadsheetMl
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string WorkbookMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The media type a file of this format (<c>xlsx</c> or <c>csv</c>) is sent with.</summary>
    public static string MediaTypeOf(string format) =>
        string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) ? WorkbookMediaType : "text/csv";

    /// <summary>A <c>.rels</c> part: each relationship's id, type and target.</summary>
    public static void RelationshipList(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(relationships);
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>A worksheet's view with its first row frozen, so the headings stay in sight as the reader scrolls.</summary>
    public static void FrozenHeaderRow(XmlWriter xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
