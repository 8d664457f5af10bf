using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>
/// Small workbooks written by hand as a spreadsheet program saves them: text in the shared strings table, numbers as
/// numeric cells, each cell with its reference, and sheets found through the workbook's relationships.
/// </summary>
internal static class Workbooks
{
    public static byte[] Write(params (string Name, string?[]?[] Rows)[] sheets)
    {
        var strings = new List<string>();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var workbook = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
            var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (var i = 0; i < sheets.Length; i++)
            {
                workbook.Append(CultureInfo.InvariantCulture, $"""<sheet name="{SecurityElement.Escape(sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
                rels.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data{i + 1}.xml"/>""");
                Entry(zip, $"xl/worksheets/data{i + 1}.xml", Sheet(sheets[i].Rows, strings));
            }

            Entry(zip, "xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString());
            Entry(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
            var shared = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">""");
            foreach (var s in strings)
            {
                shared.Append(CultureInfo.InvariantCulture, $"""<si><t xml:space="preserve">{SecurityElement.Escape(s)}</t></si>""");
            }

            Entry(zip, "xl/sharedStrings.xml", shared.Append("</sst>").ToString());
        }

        return output.ToArray();
    }

    public static void Entry(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>A zip archive holding the given text entries.</summary>
    public static byte[] Zip(params (string Path, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                Entry(zip, path, content);
            }
        }

        return output.ToArray();
    }

    /// <summary>Rows from row 1; a null row is left out of the sheet (the next row keeps its number), a null cell too.</summary>
    private static string Sheet(string?[]?[] rows, List<string> strings)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] is not { } row)
            {
                continue;
            }

            xml.Append(CultureInfo.InvariantCulture, $"""<row r="{r + 1}">""");
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is not { } text)
                {
                    continue;
                }

                var reference = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + c)}{r + 1}");
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"><v>{text}</v></c>""");
                }
                else
                {
                    strings.Add(text);
                    xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" t="s"><v>{strings.Count - 1}</v></c>""");
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }
}
