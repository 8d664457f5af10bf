using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using static Safeguarding.Analytics.Ingest.Tests.Returns.ReturnFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>
/// Workbooks made to cost the reader memory — a cell reference far past the last column, a part that unpacks to far
/// more than the archive says or to nearly the whole limit — and a formula hiding behind its cached value: each is
/// refused with its row and column, and reading stays within a few megabytes.
/// </summary>
public sealed class ReturnXlsxReaderHostileTests
{
    private const string Header = """<row r="1"><c r="A1" t="inlineStr"><is><t>indicator_id</t></is></c><c r="B1" t="inlineStr"><is><t>area_code</t></is></c><c r="C1" t="inlineStr"><is><t>period</t></is></c><c r="D1" t="inlineStr"><is><t>value</t></is></c></row>""";

    private static string Row(int row, string value, string extra = "") =>
        $"""<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>repeat_da_pct</t></is></c><c r="B{row}" t="inlineStr"><is><t>E06000019</t></is></c><c r="C{row}" t="inlineStr"><is><t>2024-25 Q1</t></is></c>{value}{extra}</row>""";

    [Theory]
    [InlineData("AAAAAA2")]
    [InlineData("XFE2")]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ2")]
    public void A_cell_reference_past_Excels_last_column_is_refused_on_its_row_without_building_the_row(string reference)
    {
        var workbook = Sheet(Header + Row(2, """<c r="D2"><v>20</v></c>""", $"""<c r="{reference}"><v>1</v></c>"""));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Read(workbook, "wide.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var problem = SingleProblem(read, "cell_beyond_columns");
        Assert.Equal(2, problem.Row);
        Assert.StartsWith(reference[..Math.Min(reference.Length - 1, 40)], problem.Column, StringComparison.Ordinal);
        Assert.Contains("past Excel's last column (XFD)", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("stray comma", string.Concat(read.Problems.Select(p => p.Message)), StringComparison.Ordinal);
        Assert.True(allocated < 4_000_000, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_figure_far_right_of_the_templates_columns_is_refused_with_its_column()
    {
        var read = Read(Sheet(Header + Row(2, """<c r="D2"><v>20</v></c>""", """<c r="CA2"><v>7</v></c>""")), "far.xlsx");

        var problem = SingleProblem(read, "cell_beyond_columns");
        Assert.Equal((2, "CA"), (problem.Row, problem.Column));
        Assert.Contains("far right of the return's columns", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_just_right_of_the_header_is_refused_without_talking_of_commas()
    {
        var read = Read(Sheet(Header + Row(2, """<c r="D2"><v>20</v></c>""", """<c r="J2"><v>7</v></c>""")), "right.xlsx");

        var problem = SingleProblem(read, "wrong_cell_count");
        Assert.Equal(2, problem.Row);
        Assert.DoesNotContain("comma", problem.Message, StringComparison.Ordinal);
        Assert.Contains("right of the header's last column", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<c r="D2"><f>SUM(10,10)</f><v>20</v></c>""", "SUM(10,10)")]
    [InlineData("""<c r="D2" t="str"><f>"2"&amp;"0"</f><v>20</v></c>""", "\"2\"&\"0\"")]
    [InlineData("""<c r="D2"><f t="shared" ref="D2:D3" si="0">D1*2</f><v>20</v></c>""", "D1*2")]
    public void A_formula_is_refused_on_its_row_and_column_whatever_value_it_caches(string cell, string formula)
    {
        var read = Read(Sheet(Header + Row(2, cell)), "formula.xlsx");

        var problem = SingleProblem(read, "formula_cell");
        Assert.Equal((2, "value"), (problem.Row, problem.Column));
        Assert.Contains("=" + formula, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_whose_header_claims_a_few_bytes_but_unpacks_past_the_limit_is_refused_in_bounded_memory()
    {
        var rows = new StringBuilder();
        for (var r = 2; r < 2_000; r++)
        {
            rows.Append(Row(r, $"""<c r="D{r}"><v>20</v></c>"""));
        }

        // 150 MB of rows, whose entry in the archive claims 2,000 bytes.
        var workbook = Lying(WorkbookWith(sheet => Repeat(sheet, Header, rows.ToString(), 150L * 1024 * 1024)), "xl/worksheets/sheet1.xml", 2_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Read(workbook, "lying.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(read.Problems, p => p.Code is "zip_bomb" or "not_xlsx");
        Assert.True(allocated < 32_000_000, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_workbook_that_unpacks_to_99_MB_in_one_cell_is_refused_on_that_cell_in_bounded_memory()
    {
        // One value of 99 MB of digits, compressible enough to pass the declared-size checks, as a hostile upload was.
        var workbook = WorkbookWith(sheet =>
        {
            Write(sheet, Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>repeat_da_pct</t></is></c><c r="D2"><v>""");
            var random = new Random(17);
            var words = Enumerable.Range(0, 16).Select(_ => string.Concat(Enumerable.Range(0, 64).Select(_ => (char)('0' + random.Next(10))))).ToArray();
            for (long written = 0; written < 99L * 1024 * 1024 - 1024; written += 64)
            {
                Write(sheet, words[random.Next(words.Length)]);
            }

            Write(sheet, "</v></c></row>");
        });
        Assert.True(workbook.Length < ReturnFiles.Limits.MaxBytes, $"the workbook is {workbook.Length:N0} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Read(workbook, "big.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var problem = SingleProblem(read, "cell_too_long");
        Assert.Equal(2, problem.Row);
        Assert.True(allocated < 32_000_000, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Shared_strings_of_nearly_100_MB_are_read_in_bounded_memory()
    {
        var workbook = WorkbookWith(sheet => Write(sheet, Header + Row(2, """<c r="D2"><v>20</v></c>""")), shared =>
        {
            Write(shared, """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
            var run = new StringBuilder();
            for (var i = 0; i < 1000; i++)
            {
                run.Append("<si><t>E06000019</t></si>");
            }

            for (long written = 0; written < 95L * 1024 * 1024; written += run.Length)
            {
                Write(shared, run.ToString());
            }

            Write(shared, "</sst>");
        });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Read(workbook, "strings.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(read.Problems, p => p.Code == "zip_bomb");
        Assert.True(allocated < 100_000_000, $"reading allocated {allocated:N0} bytes");
    }

    private static byte[] Sheet(string rows) => WorkbookWith(sheet => Write(sheet, rows));

    /// <summary>A workbook of one "Return" sheet whose rows <paramref name="rows"/> writes, and optionally a shared strings part.</summary>
    private static byte[] WorkbookWith(Action<Stream> rows, Action<Stream>? sharedStrings = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Workbooks.Entry(zip, "xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Return" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Workbooks.Entry(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using (var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
            {
                Write(sheet, """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                rows(sheet);
                Write(sheet, "</sheetData></worksheet>");
            }

            if (sharedStrings is not null)
            {
                using var shared = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open();
                sharedStrings(shared);
            }
        }

        return output.ToArray();
    }

    private static void Repeat(Stream sheet, string first, string block, long bytes)
    {
        Write(sheet, first);
        var encoded = Encoding.UTF8.GetBytes(block);
        for (long written = 0; written < bytes; written += encoded.Length)
        {
            sheet.Write(encoded);
        }
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>The archive with <paramref name="path"/>'s uncompressed size set to <paramref name="claimed"/> in its local header and the central directory.</summary>
    private static byte[] Lying(byte[] archive, string path, uint claimed)
    {
        var name = Encoding.UTF8.GetBytes(path);
        for (var i = 0; i + 46 < archive.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(archive.AsSpan(i));
            if (signature == 0x04034b50 && archive.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(archive.AsSpan(i + 22), claimed);
            }
            else if (signature == 0x02014b50 && archive.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(archive.AsSpan(i + 24), claimed);
            }
        }

        return archive;
    }
}
