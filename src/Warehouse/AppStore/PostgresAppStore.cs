using System.Data.Common;
using Npgsql;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>The production app store on PostgreSQL; one pooled data source for the process.</summary>
public sealed class PostgresAppStore(NpgsqlDataSource dataSource) : SqlAppStore
{
    public override string Engine => "PostgreSQL";

    protected override string MigrationsFolder => "Postgres";

    // Two instances starting together must not apply the same migration twice.
    protected override string? MigrationLock => "SELECT pg_advisory_xact_lock(727274)";

    // Two loads writing notes on the same figure at once must not both take the next version.
    protected override string? CommentaryLock => "SELECT pg_advisory_xact_lock(727275)";

    // Two people freezing a quarter's pack at once must not both take the next version.
    protected override string? BoardPackLock => "SELECT pg_advisory_xact_lock(727276)";

    // Two QA members stepping on the same exception at once: the second waits, then sees the first's step.
    protected override string LockRowsSql => "FOR UPDATE";

    protected override string DateParameter(string parameter) => $"CAST({parameter} AS date)";

    protected override string NowSql => "now()";

    protected override string VersionSql => "SELECT version()";

    protected override string InList(string parameter) => $"= ANY({parameter})";

    protected override DbConnection CreateConnection() => dataSource.CreateConnection();
}
