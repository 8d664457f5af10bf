using ClickHouse.Driver;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// Creates the database and applies the embedded ClickHouse DDL; every statement is IF NOT EXISTS. Columns added
/// after a table was first made are added by <see cref="AddMissingColumnsAsync"/>: 18.16 has no ADD COLUMN IF NOT EXISTS.
/// </summary>
internal static class ClickHouseSchemaInstaller
{
    public static async Task InstallAsync(ClickHouseClient client, string database, CancellationToken cancellationToken)
    {
        await ExecuteAsync(client, $"CREATE DATABASE IF NOT EXISTS {database}", cancellationToken).ConfigureAwait(false);
        foreach (var script in SchemaScripts.For("ClickHouse"))
        {
            await ExecuteAsync(client, script.Replace("{database}", database, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        }

        await AddMissingColumnsAsync(client, database, cancellationToken).ConfigureAwait(false);
    }

    private static readonly (string Table, string Column, string Definition)[] LaterColumns =
    [
        ("loads", "submission_key", "String DEFAULT ''"),
    ];

    private static async Task AddMissingColumnsAsync(ClickHouseClient client, string database, CancellationToken cancellationToken)
    {
        foreach (var (table, column, definition) in LaterColumns)
        {
            using var result = await client.ExecuteRawResultAsync(
                $"""
                SELECT count() FROM system.columns
                WHERE database = {ClickHouseLiteral.Quote(database.Trim('`'))} AND table = {ClickHouseLiteral.Quote(table)} AND name = {ClickHouseLiteral.Quote(column)}
                FORMAT TabSeparated
                """,
                null,
                cancellationToken).ConfigureAwait(false);
            var count = (await result.ReadAsStringAsync().ConfigureAwait(false)).Trim();
            if (count == "0")
            {
                await ExecuteAsync(client, $"ALTER TABLE {database}.{table} ADD COLUMN {column} {definition}", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    internal static async Task ExecuteAsync(ClickHouseClient client, string sql, CancellationToken cancellationToken)
    {
        using var result = await client.ExecuteRawResultAsync(sql, null, cancellationToken).ConfigureAwait(false);
    }
}
