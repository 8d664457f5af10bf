using System.Data.Common;
using System.Reflection;
using Dapper;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>
/// Applies the embedded <c>Migrations/&lt;Engine&gt;/NNNN_name.sql</c> scripts in order, each in its own transaction,
/// and remembers them in <c>schema_migrations</c>.
/// </summary>
internal static class MigrationRunner
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string engineFolder)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"{assembly.GetName().Name}.AppStore.Migrations.{engineFolder}.";
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Order(StringComparer.Ordinal)
            .Select(name => (Version: int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), Name: name, Sql: Read(assembly, prefix + name + ".sql")))
            .ToList();
        // A version is applied once, so a second script of the same number would never run: refuse to start instead.
        foreach (var twice in scripts.GroupBy(s => s.Version).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException(
                $"Two {engineFolder} migrations share version {twice.Key:D4} ({string.Join(", ", twice.Select(s => s.Name))}): renumber one.");
        }

        return scripts;
    }

    public static async Task ApplyAsync(DbConnection connection, string engineFolder, string? lockStatement, string appliedAtSql, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken));

        foreach (var (version, name, sql) in Scripts(engineFolder))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (lockStatement is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(lockStatement, transaction: transaction, cancellationToken: cancellationToken));
            }

            var applied = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, transaction, cancellationToken: cancellationToken));
            if (applied == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, {appliedAtSql})",
                    new { version, name }, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
