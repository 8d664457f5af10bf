using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>The embedded default: one SQLite file, foreign keys on.</summary>
public sealed class SqliteAppStore(string connectionString) : SqlAppStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();

    public override string Engine => "SQLite";

    protected override string MigrationsFolder => "Sqlite";

    protected override string NowSql => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    protected override string VersionSql => "SELECT sqlite_version()";

    protected override string InList(string parameter) => $"IN {parameter}";

    protected override DbConnection CreateConnection()
    {
        var builder = new SqliteConnectionStringBuilder(_connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(directory);
        }

        return new SqliteConnection(_connectionString);
    }
}
