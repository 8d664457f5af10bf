using System.Runtime.CompilerServices;
using ClickHouse.Driver;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>A SELECT's answer as TabSeparated rows, read from the HTTP response as it arrives: every read of both stores.</summary>
internal static class ClickHouseRows
{
    /// <summary>Every row, held; for small answers.</summary>
    public static async Task<IReadOnlyList<string?[]>> ReadAllAsync(ClickHouseClient client, string select, CancellationToken cancellationToken)
    {
        var rows = new List<string?[]>();
        await foreach (var row in StreamAsync(client, select, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// The rows handed on as the response body arrives; the response is released when the caller stops reading,
    /// early or not.
    /// </summary>
    public static async IAsyncEnumerable<string?[]> StreamAsync(
        ClickHouseClient client, string select, [EnumeratorCancellation] CancellationToken cancellationToken, QueryOptions? options = null)
    {
        using var result = await client.ExecuteRawResultAsync(select + "\nFORMAT TabSeparated", options, cancellationToken).ConfigureAwait(false);
        var body = await result.ReadAsStreamAsync().ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            await foreach (var row in TabSeparatedStream.ReadRowsAsync(body, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
