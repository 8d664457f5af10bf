using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Safeguarding.Analytics.Ingest.Spreadsheets;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>
/// Writes one worksheet part row by row: the XML is built in a small buffer and handed to the zip entry whenever the
/// buffer passes 256 KB, so a sheet of a million rows never sits in memory. Text cells are inline strings through
/// <see cref="SpreadsheetCells"/>; numbers are numeric cells.
/// </summary>
internal sealed class WorksheetWriter : IAsyncDisposable
{
    public const string Main = SpreadsheetMl.Main;
    private const int ChunkBytes = 1 << 18;
    private const string BoldStyle = "1";

    private readonly Stream entry;
    private readonly MemoryStream chunk = new(ChunkBytes + (ChunkBytes / 4));
    private readonly XmlWriter xml;
    private readonly List<string> letters = [];
    private string rowText = "0";

    private WorksheetWriter(Stream entry)
    {
        this.entry = entry;
        xml = XmlWriter.Create(chunk, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
    }

    /// <summary>Rows written so far (the last row's number).</summary>
    public int RowNumber { get; private set; }

    /// <summary>Opens the part and writes the sheet's view (first row frozen if asked) and its column widths.</summary>
    public static async Task<WorksheetWriter> BeginAsync(
        ZipArchive zip, string path, IReadOnlyList<double> widths, bool freezeFirstRow, CancellationToken cancellationToken)
    {
        var entry = await zip.CreateEntry(path, CompressionLevel.Fastest).OpenAsync(cancellationToken).ConfigureAwait(false);
        var sheet = new WorksheetWriter(entry);
        sheet.WriteStart(widths, freezeFirstRow);
        return sheet;
    }

    public void StartRow()
    {
        RowNumber++;
        rowText = RowNumber.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", rowText);
    }

    public void EndRow() => xml.WriteEndElement();

    /// <summary>A row of bold text cells, for headings.</summary>
    public void HeadingRow(IEnumerable<string> cells)
    {
        StartRow();
        var column = 0;
        foreach (var cell in cells)
        {
            Text(column++, cell, bold: true);
        }

        EndRow();
    }

    public void Cell(int column, ExtractCell cell)
    {
        if (cell.Number is { } number)
        {
            Number(column, number);
        }
        else
        {
            Text(column, cell.Text);
        }
    }

    /// <summary>A text cell, neutralised if a spreadsheet would take it for a formula; nothing for empty text.</summary>
    public void Text(int column, string? text, bool bold = false)
    {
        var shown = SpreadsheetCells.Text(text);
        if (shown.Length == 0)
        {
            return;
        }

        StartCell(column);
        xml.WriteAttributeString("t", "inlineStr");
        if (bold)
        {
            xml.WriteAttributeString("s", BoldStyle);
        }

        xml.WriteStartElement("is", Main);
        xml.WriteStartElement("t", Main);
        if (char.IsWhiteSpace(shown[0]) || char.IsWhiteSpace(shown[^1]))
        {
            xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        xml.WriteString(XlsxText.Escape(shown));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A numeric cell; a value no cell can hold as a number (infinity, not a number) is written as text.</summary>
    public void Number(int column, double value)
    {
        if (!double.IsFinite(value))
        {
            Text(column, SpreadsheetCells.CsvNumber(value));
            return;
        }

        StartCell(column);
        xml.WriteElementString("v", Main, value.ToString("R", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    /// <summary>Hands the buffered XML to the zip entry once the buffer is full; call between rows.</summary>
    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) =>
        chunk.Length >= ChunkBytes ? new ValueTask(FlushAsync(cancellationToken)) : ValueTask.CompletedTask;

    /// <summary>Closes the sheet's data and the part.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        xml.WriteEndElement(); // sheetData
        xml.WriteEndElement(); // worksheet
        xml.WriteEndDocument();
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await entry.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        xml.Dispose();
        await chunk.DisposeAsync().ConfigureAwait(false);
        await entry.DisposeAsync().ConfigureAwait(false);
    }

    private void WriteStart(IReadOnlyList<double> widths, bool freezeFirstRow)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        if (freezeFirstRow)
        {
            SpreadsheetMl.FrozenHeaderRow(xml);
        }

        if (widths.Count > 0)
        {
            xml.WriteStartElement("cols", Main);
            for (var i = 0; i < widths.Count; i++)
            {
                var column = (i + 1).ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("col", Main);
                xml.WriteAttributeString("min", column);
                xml.WriteAttributeString("max", column);
                xml.WriteAttributeString("width", widths[i].ToString("0.##", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData", Main);
    }

    private void StartCell(int column)
    {
        while (letters.Count <= column)
        {
            letters.Add(SheetColumns.Letters(letters.Count));
        }

        xml.WriteStartElement("c", Main);
        xml.WriteStartAttribute("r");
        xml.WriteString(letters[column]);
        xml.WriteString(rowText);
        xml.WriteEndAttribute();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        xml.Flush();
        await entry.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancellationToken).ConfigureAwait(false);
        chunk.SetLength(0);
    }
}
