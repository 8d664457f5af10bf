using DuckDB.NET.Data;

namespace Safeguarding.Analytics.Warehouse.Storage.DuckDb;

/// <summary>Applies the embedded DuckDB DDL; every statement is CREATE ... IF NOT EXISTS, so it can run at every start.</summary>
internal static class DuckDbSchemaInstaller
{
    public static async Task InstallAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        foreach (var script in SchemaScripts.For("DuckDb"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = script;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
