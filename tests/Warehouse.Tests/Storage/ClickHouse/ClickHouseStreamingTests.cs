namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

/// <summary>The server store hands rows on as the response arrives, not once the whole response is in.</summary>
public sealed class ClickHouseStreamingTests(ClickHouseStoreFixture fixture) : IClassFixture<ClickHouseStoreFixture>
{
    [Fact]
    public async Task The_first_rows_of_a_result_too_large_to_hold_arrive_at_once()
    {
        // Two billion rows is some 20 GB of text: only a reader that streams the response can return the first rows.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = new List<string?[]>();

        await foreach (var row in fixture.Store.StreamRowsAsync("SELECT number, toString(number) FROM system.numbers LIMIT 2000000000", timeout.Token))
        {
            first.Add(row);
            if (first.Count == 3)
            {
                break;
            }
        }

        Assert.Equal([["0", "0"], ["1", "1"], ["2", "2"]], first);
        Assert.False(timeout.IsCancellationRequested);
        Assert.Matches(@"\d+\.\d+", await fixture.Store.PingAsync()); // the abandoned response left the client usable
    }
}
