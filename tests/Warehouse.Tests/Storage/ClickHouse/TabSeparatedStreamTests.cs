using System.Text;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

public sealed class TabSeparatedStreamTests
{
    [Fact]
    public async Task Rows_crossing_buffer_boundaries_and_longer_than_the_buffer_read_whole()
    {
        var rows = Enumerable.Range(0, 20_000).Select(i => new[] { $"row{i}", new string('x', i % 97) }).ToList();
        rows.Insert(12_345, ["long", new string('y', 300_000)]);
        var text = string.Concat(rows.Select(r => string.Join('\t', r) + "\n"));

        var read = await ReadAsync(text);

        Assert.Equal(rows, read.Select(r => r.Select(f => f!).ToArray()));
    }

    [Fact]
    public async Task Only_a_line_feed_ends_a_row_and_a_last_row_may_lack_it()
    {
        var read = await ReadAsync("a\rb\t\\N\tc\\nd\r\nlast\tone");

        Assert.Equal([["a\rb", null, "c\nd\r"], ["last", "one"]], read);
    }

    [Fact]
    public async Task An_error_the_server_appends_part_way_is_raised_in_its_own_words_after_the_rows_before_it()
    {
        var body = "a\tb\nCode: 241, e.displayText() = DB::Exception: Memory limit (for query) exceeded, e.what() = DB::Exception\n";
        var read = new List<string?[]>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var row in TabSeparatedStream.ReadRowsAsync(new MemoryStream(Encoding.UTF8.GetBytes(body))))
            {
                read.Add(row);
            }
        });

        Assert.Equal([["a", "b"]], read);
        Assert.Contains("Memory limit (for query) exceeded", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("ClickHouse stopped part way through the read", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_column_value_that_merely_starts_like_an_error_is_data()
    {
        var read = await ReadAsync("Code: 7 of the board's plan\n");

        Assert.Equal([["Code: 7 of the board's plan"]], read);
    }

    [Fact]
    public async Task Multibyte_characters_split_across_reads_survive()
    {
        var text = string.Concat(Enumerable.Repeat("👶🏽 Ynys Môn\tżółć\n", 10_000));

        var read = await ReadAsync(text);

        string?[] expected = ["👶🏽 Ynys Môn", "żółć"];
        Assert.Equal(10_000, read.Count);
        Assert.All(read, r => Assert.Equal(expected, r));
    }

    [Fact]
    public async Task An_empty_body_has_no_rows() => Assert.Empty(await ReadAsync(string.Empty));

    private static async Task<List<string?[]>> ReadAsync(string text)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var rows = new List<string?[]>();
        await foreach (var row in TabSeparatedStream.ReadRowsAsync(body))
        {
            rows.Add(row);
        }

        return rows;
    }
}
