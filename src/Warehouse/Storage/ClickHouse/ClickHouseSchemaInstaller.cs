using ClickHouse.Driver;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>Creates the database and applies the embedded ClickHouse DDL; every statement is IF NOT EXISTS.</summary>
internal static class ClickHouseSchemaInstaller
{
    public static async Task InstallAsync(ClickHouseClient client, string database, CancellationToken cancellationToken)
    {
        await ExecuteAsync(client, $"CREATE DATABASE IF NOT EXISTS {database}", cancellationToken).ConfigureAwait(false);
        foreach (var script in SchemaScripts.For("ClickHouse"))
        {
            await ExecuteAsync(client, script.Replace("{database}", database, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        }
    }

    internal static async Task ExecuteAsync(ClickHouseClient client, string sql, CancellationToken cancellationToken)
    {
        using var result = await client.ExecuteRawResultAsync(sql, null, cancellationToken).ConfigureAwait(false);
    }
}
