using System.Runtime.CompilerServices;
using System.Text;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// Reads ClickHouse <c>FORMAT TabSeparated</c> output from the response body as it arrives, a row at a time, so a
/// result of millions of rows is never held whole. Rows end only in \n: a carriage return inside a value is data.
/// A server that fails once it has begun sending rows can only append its error to the body; that line is raised as
/// the server's error in its own words rather than read as a row.
/// </summary>
internal static class TabSeparatedStream
{
    private const int BufferChars = 1 << 16;

    public static async IAsyncEnumerable<string?[]> ReadRowsAsync(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var reader = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, BufferChars, leaveOpen: true);
        var buffer = new char[BufferChars];
        var filled = 0;
        var rows = new List<string?[]>();
        while (true)
        {
            if (filled == buffer.Length)
            {
                // One row longer than the buffer: grow it rather than split the row.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await reader.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
            var consumed = TakeWholeRows(buffer, filled, rows);
            foreach (var row in rows)
            {
                yield return ServerErrorOr(row);
            }

            rows.Clear();
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
        }

        if (filled > 0)
        {
            // The last row without its line break.
            yield return ServerErrorOr(TabSeparatedRows.ParseRow(buffer.AsSpan(0, filled)));
        }
    }

    /// <summary>The row, unless it is the error ClickHouse writes into a response it can no longer finish.</summary>
    private static string?[] ServerErrorOr(string?[] row) =>
        row is [{ } text] && text.StartsWith("Code: ", StringComparison.Ordinal) && text.Contains("DB::Exception", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"ClickHouse stopped part way through the read: {text.Trim()}")
            : row;

    /// <summary>Parses each row that ends in the buffer into <paramref name="rows"/>; returns how many chars they took.</summary>
    private static int TakeWholeRows(char[] buffer, int filled, List<string?[]> rows)
    {
        var start = 0;
        int end;
        while ((end = Array.IndexOf(buffer, '\n', start, filled - start)) >= 0)
        {
            rows.Add(TabSeparatedRows.ParseRow(buffer.AsSpan(start, end - start)));
            start = end + 1;
        }

        return start;
    }
}
