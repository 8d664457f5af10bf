using DuckDB.NET.Data;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.DuckDb;

/// <summary>The embedded store holds DuckDB to its memory limit, and refuses a limit that is not a size.</summary>
public sealed class DuckDbMemoryLimitTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sga-duckdb-limit-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_database_takes_the_limit_and_a_spill_folder_beside_its_file()
    {
        var path = Path.Combine(_directory, "warehouse.duckdb");
        using var store = new DuckDbAnalyticStore(new DuckDbAnalyticStoreOptions(path) { MemoryLimit = "256MB" });
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('memory_limit'), current_setting('temp_directory')";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());

        Assert.Contains("MiB", reader.GetString(0), StringComparison.Ordinal);
        Assert.StartsWith("2", reader.GetString(0), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_directory, "warehouse.spill"), reader.GetString(1));
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1GB'; DROP TABLE loads; --")]
    public void A_limit_that_is_not_a_size_is_refused_in_words(string limit)
    {
        var refused = Assert.Throws<ArgumentException>(() => new DuckDbAnalyticStore(new DuckDbAnalyticStoreOptions(Path.Combine(_directory, "w.duckdb")) { MemoryLimit = limit }));

        Assert.Contains("is not a size such as 1GB", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
