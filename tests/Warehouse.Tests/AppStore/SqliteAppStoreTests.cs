using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

public sealed class SqliteAppStoreTests : AppStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-sqlite-").FullName;

    protected override async Task<IAppStore> CreateStoreAsync()
    {
        var store = new SqliteAppStore($"Data Source={Path.Combine(_folder, "nested", $"{Guid.NewGuid():N}.db")};Pooling=False");
        await store.MigrateAsync();
        return store;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
