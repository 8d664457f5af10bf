using Microsoft.Data.Sqlite;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

public sealed class SqliteAppStoreTests : AppStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-sqlite-").FullName;
    private string? _lastConnectionString;

    protected override async Task<IAppStore> CreateStoreAsync()
    {
        _lastConnectionString = $"Data Source={Path.Combine(_folder, "nested", $"{Guid.NewGuid():N}.db")};Pooling=False";
        var store = new SqliteAppStore(_lastConnectionString);
        await store.MigrateAsync();
        return store;
    }

    protected override async Task ExecuteDirectlyAsync(string sql)
    {
        await using var connection = new SqliteConnection(_lastConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
