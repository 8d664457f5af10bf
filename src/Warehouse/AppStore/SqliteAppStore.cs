using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>
/// The embedded default: one SQLite file, foreign keys on. The file is in write-ahead-log mode, so reading pages never
/// waits for a job's write, and a writer waits its turn (up to 30 seconds) rather than failing at once when another
/// holds the lock — a person signing in while the analytics refresh reconciles the register, for example.
/// </summary>
public sealed class SqliteAppStore(string connectionString) : SqlAppStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();

    public override string Engine => "SQLite";

    protected override string MigrationsFolder => "Sqlite";

    protected override string NowSql => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    protected override string VersionSql => "SELECT sqlite_version()";

    protected override string InList(string parameter) => $"IN {parameter}";

    private int _journalSet;

    protected override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Interlocked.Exchange(ref _journalSet, 1) == 0 && !IsInMemory
            ? "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL;"
            : "PRAGMA busy_timeout = 30000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool IsInMemory
    {
        get
        {
            var builder = new SqliteConnectionStringBuilder(_connectionString);
            return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is ":memory:" or "";
        }
    }

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
