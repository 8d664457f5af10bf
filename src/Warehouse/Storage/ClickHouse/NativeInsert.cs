using System.Runtime.ExceptionServices;
using ClickHouse.Driver;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>Rows gathered column by column and written as one Native block at a time.</summary>
internal interface INativeBlock
{
    int Count { get; }

    bool IsFull { get; }

    /// <summary>Writes the gathered rows as one block and starts a new one.</summary>
    void WriteTo(RowBinaryWriter writer);
}

/// <summary>
/// One INSERT ... FORMAT Native streamed as the rows come, block by block. When the rows fail part-way (a file found to
/// have errors, a bad row) the body must not end as a good insert: a block the server cannot read fails the whole
/// INSERT, so the blocks already sent are never kept, and the rows' own failure is the one reported.
/// </summary>
internal static class NativeInsert
{
    private const int FlushBytes = 1 << 20;

    /// <summary>A block the server cannot read: it names a column of a type that does not exist.</summary>
    public static ReadOnlyMemory<byte> Unreadable { get; } = UnreadableBlock();

    /// <summary>Sends every row (<paramref name="add"/> puts one into the block, given its position) and returns how many were sent.</summary>
    public static async Task<long> PostAsync<T>(
        ClickHouseClient client, string insert, INativeBlock block, IEnumerable<T> rows, Action<T, long> add, CancellationToken cancellationToken)
    {
        long rowCount = 0;
        Exception? rowsFailed = null;
        try
        {
            using var response = await client.PostStreamAsync(
                insert,
                async (stream, token) =>
                {
                    var writer = new RowBinaryWriter(FlushBytes + (FlushBytes / 4));
                    try
                    {
                        foreach (var row in rows)
                        {
                            add(row, rowCount);
                            rowCount++;
                            if (block.IsFull)
                            {
                                await SendAsync(block, writer, stream, token).ConfigureAwait(false);
                            }
                        }
                    }
                    catch (Exception failure) when (!token.IsCancellationRequested)
                    {
                        // The body ends with the unreadable block, as a whole request: the server reads it and refuses
                        // the INSERT. Aborting the request instead could end the body where a good block ended, and
                        // the server would keep the blocks it had.
                        rowsFailed = failure;
                        try
                        {
                            await stream.WriteAsync(Unreadable, CancellationToken.None).ConfigureAwait(false);
                        }
                        catch (IOException)
                        {
                            // The connection is already gone: the server has abandoned the INSERT itself.
                        }

                        return;
                    }

                    if (block.Count > 0)
                    {
                        await SendAsync(block, writer, stream, token).ConfigureAwait(false);
                    }
                },
                false,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (rowsFailed is not null)
        {
            // The server's refusal of the unreadable block: the rows' own failure is the one to report.
        }

        if (rowsFailed is not null)
        {
            ExceptionDispatchInfo.Throw(rowsFailed);
        }

        return rowCount;
    }

    private static async Task SendAsync(INativeBlock block, RowBinaryWriter writer, Stream stream, CancellationToken cancellationToken)
    {
        block.WriteTo(writer);
        await stream.WriteAsync(writer.Written, cancellationToken).ConfigureAwait(false);
        writer.Clear();
    }

    private static byte[] UnreadableBlock()
    {
        var writer = new RowBinaryWriter(64);
        writer.WriteVarUInt(1);
        writer.WriteVarUInt(1);
        writer.WriteString("load_id");
        writer.WriteString("RowsFailedBeforeTheEnd");
        return writer.Written.ToArray();
    }
}
