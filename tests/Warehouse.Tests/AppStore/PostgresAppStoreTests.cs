using Npgsql;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

/// <summary>Each test gets its own database on the server that ./test.sh starts.</summary>
public sealed class PostgresAppStoreTests : AppStoreContract, IAsyncLifetime
{
    private readonly List<(NpgsqlDataSource Source, string Database)> _databases = [];

    protected override async Task<IAppStore> CreateStoreAsync()
    {
        var server = TestServers.Postgres;
        var database = $"test_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(server))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync();
        }

        var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        _databases.Add((source, database));
        var store = new PostgresAppStore(source);
        await store.MigrateAsync();
        return store;
    }

    protected override async Task ExecuteDirectlyAsync(string sql)
    {
        await using var command = _databases[^1].Source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_engine_refuses_to_truncate_the_audit_trail()
    {
        var store = await CreateStoreAsync();
        var kept = await store.AppendAuditAsync(new AuditEvent
        {
            Actor = AuditActors.System,
            Action = AuditActions.ComparatorLoaded,
            SubjectType = AuditSubjects.Comparator,
            SubjectId = "lait.csv",
            Detail = "kept",
        });

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteDirectlyAsync("TRUNCATE audit_events"));
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteDirectlyAsync("TRUNCATE audit_events RESTART IDENTITY CASCADE"));

        Assert.Contains("append-only: TRUNCATE refused", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(kept, Assert.Single(await store.GetAuditAsync(new AuditFilter())));
    }

    [Theory]
    [InlineData("board_packs")]
    [InlineData("board_pack_pdfs")]
    public async Task The_engine_refuses_to_truncate_what_the_board_was_shown(string table)
    {
        await CreateStoreAsync();
        await ExecuteDirectlyAsync("""
            INSERT INTO board_packs (quarter, version, presented_on, data_as_of, frozen_by, frozen_at, content_json, content_sha256)
            VALUES ('2024-25 Q1', 1, '2024-09-12', now(), 'analyst', now(), '{}', 'sha');
            INSERT INTO board_pack_pdfs (quarter, version, html_sha256, pdf, pdf_sha256, printed_at)
            VALUES ('2024-25 Q1', 1, 'html', '\x25504446', 'pdf', now());
            """);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteDirectlyAsync($"TRUNCATE {table}"));

        Assert.Contains("TRUNCATE refused", refused.MessageText, StringComparison.Ordinal);
        await using var count = _databases[^1].Source.CreateCommand($"SELECT count(*) FROM {table}");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var admin = NpgsqlDataSource.Create(TestServers.Postgres);
        foreach (var (source, database) in _databases)
        {
            await source.DisposeAsync();
            await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            await drop.ExecuteNonQueryAsync();
        }
    }
}
