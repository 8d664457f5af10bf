using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Reads a return workbook: the sheet named "Return" (or the first sheet) as the long layout, and the agency and
/// quarter from the template's "About" sheet. Before anything is unzipped the archive's declared sizes are checked,
/// and while reading every unzipped byte is counted, so a zip bomb stops at the limit.
/// </summary>
internal sealed class ReturnXlsxReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxEntries = 10_000;

    /// <summary>How wide a row is read: the template's columns with room to spare. Cells further right are reported, not kept.</summary>
    private const int MaxColumns = 64;

    /// <summary>Excel's columns, A to XFD.</summary>
    private const int ExcelColumns = 16_384;

    private readonly string _fileName;
    private readonly ReturnLimits _limits;
    private readonly ProblemList _problems;
    private readonly char[] _chunk = new char[4096];
    private readonly System.Text.StringBuilder _text = new();

    // The same short text repeated (an area code, a period, "final") is kept once.
    private readonly CellTextPool _pool = new();
    private long _unzipped;

    private ReturnXlsxReader(string fileName, ReturnLimits limits)
    {
        _fileName = fileName;
        _limits = limits;
        _problems = new ProblemList(fileName, limits.MaxProblems);
    }

    public static ReturnReadResult Read(string fileName, Stream content, ReturnLimits limits)
    {
        var reader = new ReturnXlsxReader(fileName, limits);
        var (records, agency, period) = reader.ReadWorkbook(content);
        return new ReturnReadResult(fileName, "xlsx", records, reader._problems.ToList(), agency, period);
    }

    private (List<ReturnRecord> Records, string? Agency, string? Period) ReadWorkbook(Stream content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            _problems.Error("not_xlsx", null, null, "the file is not a readable Excel workbook (.xlsx); open it in Excel and save it as .xlsx or CSV UTF-8.");
            return ([], null, null);
        }

        using (zip)
        {
            try
            {
                if (!Bounded(zip))
                {
                    return ([], null, null);
                }

                var sheets = Sheets(zip);
                if (sheets is null)
                {
                    _problems.Error("not_xlsx", null, null, "the file is a zip archive but not an Excel workbook (it has no xl/workbook.xml).");
                    return ([], null, null);
                }

                var strings = SharedStrings(zip);
                var returnSheet = sheets.FirstOrDefault(s => string.Equals(s.Name, "Return", StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault();
                if (returnSheet is null || zip.GetEntry(returnSheet.Path) is not { } entry)
                {
                    _problems.Error("not_xlsx", null, null, "the workbook has no worksheet to read.");
                    return ([], null, null);
                }

                var table = new ReturnTable(_limits, _problems) { ExtraCellsHint = "clear the cells right of the header's last column, or give their column a name from the template" };
                foreach (var (row, cells) in Rows(entry, strings, table.ColumnName))
                {
                    if (!table.Add(row, cells))
                    {
                        break;
                    }
                }

                if (!table.HasHeader && _problems.Errors == 0)
                {
                    _problems.Error("empty_file", null, null, $"the '{returnSheet.Name}' sheet is empty; expected the header {ReturnColumns.Header}.");
                }
                else if (table.Records.Count == 0 && _problems.Errors == 0)
                {
                    _problems.Error("no_rows", null, null, $"the '{returnSheet.Name}' sheet has a header but no rows of figures.");
                }

                var (agency, period) = About(zip, sheets, strings);
                return (table.Records, agency, period);
            }
            catch (TooManyStringsException many)
            {
                _problems.Error("zip_bomb", null, null, $"the workbook holds more than {many.Most:N0} different texts; a return of {_limits.MaxRows:N0} rows at most has far fewer. It is refused unread.");
                return ([], null, null);
            }
            catch (ZipBombException)
            {
                _problems.Error("zip_bomb", null, null, $"the workbook unpacks to more than {_limits.MaxXlsxUncompressedBytes:N0} bytes; it is refused unread.");
                return ([], null, null);
            }
            catch (Exception broken) when (broken is XmlException or InvalidDataException)
            {
                _problems.Error("not_xlsx", null, null, $"the workbook is damaged and cannot be read ({broken.Message}).");
                return ([], null, null);
            }
        }
    }

    /// <summary>The archive's own declarations: few enough entries, total and per-entry sizes within bounds.</summary>
    private bool Bounded(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            _problems.Error("zip_bomb", null, null, $"the workbook holds {zip.Entries.Count:N0} parts; a return has a handful.");
            return false;
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.Length / (double)Math.Max(entry.CompressedLength, 1);
            if (total > _limits.MaxXlsxUncompressedBytes || (entry.Length > 1_000_000 && ratio > _limits.MaxXlsxCompressionRatio))
            {
                _problems.Error("zip_bomb", null, null, $"the workbook unpacks to more than {_limits.MaxXlsxUncompressedBytes:N0} bytes (part {entry.FullName} is {entry.Length:N0} bytes from {entry.CompressedLength:N0}); it is refused unread.");
                return false;
            }
        }

        return true;
    }

    private List<Sheet>? Sheets(ZipArchive zip)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook)
        {
            return null;
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = Xml(rels);
            while (reader.ReadToFollowing("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships"))
            {
                var target = reader.GetAttribute("Target") ?? string.Empty;
                targets[reader.GetAttribute("Id") ?? string.Empty] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        var sheets = new List<Sheet>();
        using (var reader = Xml(workbook))
        {
            while (reader.ReadToFollowing("sheet", Main))
            {
                var id = reader.GetAttribute("id", Relationships) ?? string.Empty;
                sheets.Add(new Sheet(reader.GetAttribute("name") ?? string.Empty, targets.GetValueOrDefault(id, $"xl/worksheets/sheet{sheets.Count + 1}.xml")));
            }
        }

        return sheets;
    }

    private List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return strings;
        }

        using var reader = Xml(entry);
        var most = MaxSharedStrings(_limits);
        var onString = reader.ReadToFollowing("si", Main);
        while (onString)
        {
            if (strings.Count >= most)
            {
                throw new TooManyStringsException(most);
            }

            // Reading the string leaves the reader after it, often on the next one already.
            strings.Add(InlineText(reader));
            onString = (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && reader.NamespaceURI == Main) || reader.ReadToFollowing("si", Main);
        }

        return strings;
    }

    /// <summary>
    /// Each non-empty row's cells by column position, with its sheet row number. A row is never wider than
    /// <see cref="MaxColumns"/>: a cell further right (or named past Excel's last column, XFD) is reported on its row
    /// and column, not padded up to. A cell holding a formula is reported whatever value it caches.
    /// </summary>
    private IEnumerable<(int Row, List<string> Cells)> Rows(ZipArchiveEntry sheet, List<string> strings, Func<int, string?>? columnName = null)
    {
        using var reader = Xml(sheet);
        var rowNumber = 0;
        while (reader.ReadToFollowing("row", Main))
        {
            rowNumber = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            var cells = new List<string>();
            var beyondReported = false;
            using var row = reader.ReadSubtree();
            while (row.ReadToFollowing("c", Main))
            {
                var reference = row.GetAttribute("r");
                var position = ColumnIndex(reference) ?? cells.Count;
                var type = row.GetAttribute("t");
                var (text, formula) = CellText(row.ReadSubtree(), type, strings, rowNumber);
                var column = position < MaxColumns ? columnName?.Invoke(position) ?? ColumnLetters(position) : null;
                if (formula is not null)
                {
                    _problems.Error("formula_cell", rowNumber, column ?? Shorten(ReferenceLetters(reference)), $"the cell holds a formula (={Shorten(formula)}); a return takes figures, not formulas: type in its result instead.");
                }

                if (position >= MaxColumns)
                {
                    if (text.Length > 0 && !beyondReported)
                    {
                        var letters = Shorten(ReferenceLetters(reference) is { Length: > 0 } given ? given : ColumnLetters(position));
                        _problems.Error("cell_beyond_columns", rowNumber, letters, position >= ExcelColumns
                            ? $"the cell reference '{Shorten(reference ?? letters)}' is past Excel's last column (XFD); the workbook is damaged or was not made by a spreadsheet."
                            : $"a cell in column {letters} is far right of the return's columns ({ReturnColumns.Header}); clear it, or send only the template's columns.");
                        beyondReported = true;
                    }

                    continue;
                }

                while (cells.Count < position)
                {
                    cells.Add(string.Empty);
                }

                if (position == cells.Count)
                {
                    cells.Add(text);
                }
            }

            if (cells.Any(c => c.Length > 0))
            {
                yield return (rowNumber, cells);
            }
        }
    }

    /// <summary>The cell's text (shared, inline or its value) and its formula, if it has one; neither is read past the cell length limit.</summary>
    private (string Text, string? Formula) CellText(XmlReader cell, string? type, List<string> strings, int row)
    {
        string? value = null;
        string? formula = null;
        cell.Read();
        while (!cell.EOF)
        {
            if (cell.NodeType != XmlNodeType.Element || cell.Depth == 0)
            {
                cell.Read();
                continue;
            }

            switch (cell.LocalName)
            {
                case "v":
                    value = BoundedContent(cell);
                    break;
                case "f":
                    formula = BoundedContent(cell);
                    break;
                case "is":
                    value = InlineText(cell);
                    break;
                default:
                    cell.Read();
                    break;
            }
        }

        var text = type == "s" && int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
            ? strings[index]
            : value ?? string.Empty;
        if (text.Length > _limits.MaxCellChars)
        {
            _problems.Error("cell_too_long", row, null, $"a cell is longer than {_limits.MaxCellChars:N0} characters.");
            return (text[.._limits.MaxCellChars].Trim(), formula);
        }

        return (text.Trim(), formula);
    }

    /// <summary>The text of the element the reader is on, at most one character past the cell length limit.</summary>
    private string BoundedContent(XmlReader reader)
    {
        _text.Clear();
        AppendBounded(reader, _text);
        return _text.ToString();
    }

    /// <summary>
    /// Appends the text of the element the reader is on, read in chunks and kept only up to one character past the
    /// cell length limit (enough to tell it is too long), so a cell of a hundred megabytes costs no more memory than a
    /// short one. Leaves the reader after the element, as <see cref="XmlReader.ReadElementContentAsString()"/> does.
    /// </summary>
    private void AppendBounded(XmlReader reader, System.Text.StringBuilder text)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    var room = _limits.MaxCellChars + 1 - text.Length;
                    if (room > 0)
                    {
                        text.Append(_chunk, 0, Math.Min(read, room));
                    }
                }
            }

            reader.Read();
        }

        reader.Read();
    }

    /// <summary>
    /// The runs (<c>t</c>) of the shared or inline string whose element (<c>si</c>, <c>is</c>) the reader is on,
    /// joined and kept up to one character past the cell length limit; leaves the reader after the element.
    /// </summary>
    private string InlineText(XmlReader reader)
    {
        _text.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && reader.NamespaceURI == Main)
            {
                AppendBounded(reader, _text);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return _text.Length <= 32 ? _pool.Get(_text.ToString()) : _text.ToString();
    }

    private (string? Agency, string? Period) About(ZipArchive zip, List<Sheet> sheets, List<string> strings)
    {
        var about = sheets.FirstOrDefault(s => string.Equals(s.Name, ReturnTemplate.AboutSheet, StringComparison.OrdinalIgnoreCase));
        if (about is null || zip.GetEntry(about.Path) is not { } entry)
        {
            return (null, null);
        }

        string? agency = null, period = null;
        foreach (var (_, cells) in Rows(entry, strings))
        {
            if (cells.Count < 2)
            {
                continue;
            }

            if (cells[0] == ReturnTemplate.AgencyIdLabel)
            {
                agency = cells[1];
            }
            else if (cells[0] == ReturnTemplate.QuarterLabel)
            {
                period = cells[1];
            }
        }

        return (agency, period);
    }

    /// <summary>
    /// 0-based column of a reference such as "C12"; <see cref="ExcelColumns"/> for one of more than three letters
    /// (past XFD, whatever its length, without working out its number).
    /// </summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            if (++letters > 3)
            {
                return ExcelColumns;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column == 0 ? null : Math.Min(column - 1, ExcelColumns);
    }

    /// <summary>The letters of a cell reference ("AAAAAA" of "AAAAAA2"), or empty.</summary>
    private static string ReferenceLetters(string? reference)
    {
        if (reference is null)
        {
            return string.Empty;
        }

        var end = 0;
        while (end < reference.Length && reference[end] is >= 'A' and <= 'Z')
        {
            end++;
        }

        return reference[..end];
    }

    /// <summary>A 0-based column's letters: 0 is A, 26 is AA.</summary>
    private static string ColumnLetters(int position)
    {
        var letters = string.Empty;
        for (var n = position + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Distinct texts a workbook's shared strings may hold: every cell of the largest return, and its header and About sheet.</summary>
    private static int MaxSharedStrings(ReturnLimits limits) => (limits.MaxRows + 100) * ReturnColumns.All.Count;

    private XmlReader Xml(ZipArchiveEntry entry) =>
        XmlReader.Create(
            new CountingStream(entry.Open(), this),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, IgnoreWhitespace = true });

    private void Count(int bytes)
    {
        _unzipped += bytes;
        if (_unzipped > _limits.MaxXlsxUncompressedBytes)
        {
            throw new ZipBombException();
        }
    }

    private sealed record Sheet(string Name, string Path);

    private sealed class ZipBombException : Exception;

    private sealed class TooManyStringsException(int most) : Exception
    {
        public int Most { get; } = most;
    }

    /// <summary>Counts what is really unzipped: declared sizes can lie.</summary>
    private sealed class CountingStream(Stream inner, ReturnXlsxReader owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            owner.Count(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
