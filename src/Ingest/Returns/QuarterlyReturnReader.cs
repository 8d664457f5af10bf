namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Reads a partner's file, CSV or workbook, decided by its content and not its name. It never throws on bad content:
/// every problem comes back as an error naming the file, row and column.
/// </summary>
public static class QuarterlyReturnReader
{
    /// <param name="added">
    /// Given each record in file order: as it is read from a CSV file (which then keeps none in its result, only their
    /// count), after the whole sheet from a workbook.
    /// </param>
    public static ReturnReadResult Read(string fileName, Stream content, ReturnLimits limits, Action<ReturnRecord>? added = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new ProblemList(fileName, limits.MaxProblems);
        if (content.CanSeek && content.Length > limits.MaxBytes)
        {
            problems.Error("file_too_large", null, null, $"the file is {content.Length:N0} bytes; the largest return accepted is {limits.MaxBytes:N0} bytes.");
            return new ReturnReadResult(fileName, "unknown", [], problems.ToList());
        }

        var seekable = content.CanSeek ? content : Buffer(content, limits.MaxBytes);
        if (seekable is null)
        {
            problems.Error("file_too_large", null, null, $"the file is larger than the {limits.MaxBytes:N0} bytes a return may be.");
            return new ReturnReadResult(fileName, "unknown", [], problems.ToList());
        }

        var head = new byte[4];
        var start = seekable.Position;
        var read = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        if (read == 0)
        {
            problems.Error("empty_file", null, null, $"the file is empty; expected the header {ReturnColumns.Header} and one row per figure.");
            return new ReturnReadResult(fileName, "unknown", [], problems.ToList());
        }

        if (head.AsSpan(0, read).StartsWith("PK\u0003\u0004"u8))
        {
            var workbook = ReturnXlsxReader.Read(fileName, seekable, limits);
            foreach (var record in added is null ? [] : workbook.Records)
            {
                added!(record);
            }

            return workbook;
        }

        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            problems.Error("not_xlsx", null, null, "the file is named as an Excel workbook but is not one (.xlsx files are zip archives); save it again as .xlsx or as CSV UTF-8.");
            return new ReturnReadResult(fileName, "unknown", [], problems.ToList());
        }

        return ReturnCsvReader.Read(fileName, seekable, limits, added);
    }

    /// <summary>A copy of a stream that cannot seek, or null when it is longer than the limit (reading stops there).</summary>
    private static MemoryStream? Buffer(Stream content, long maxBytes)
    {
        var copy = new MemoryStream();
        var block = new byte[81920];
        int read;
        while ((read = content.Read(block, 0, block.Length)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(block, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
