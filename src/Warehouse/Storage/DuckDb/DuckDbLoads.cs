using System.Globalization;
using DuckDB.NET.Data;

namespace Safeguarding.Analytics.Warehouse.Storage.DuckDb;

/// <summary>The committed loads of a DuckDB loads table (<c>loads</c> of observations, <c>record_loads</c> of records), read one way.</summary>
internal static class DuckDbLoads
{
    /// <summary>Every committed load in the table, oldest first, or the one with a submission key.</summary>
    public static async Task<IReadOnlyList<LoadRecord>> ReadAsync(
        DuckDBConnection connection, string table, string? submissionKey, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var where = submissionKey is null ? string.Empty : $"WHERE submission_key = {Parameter(command, submissionKey)}";
        command.CommandText = $"SELECT load_id, source, description, row_count, committed_at, submission_key FROM {table} {where} ORDER BY commit_seq";
        var loads = new List<LoadRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            loads.Add(new LoadRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc))
            {
                // Stores made before loads carried a key hold none for their first loads.
                SubmissionKey = reader.IsDBNull(5) ? string.Empty : reader.GetString(5),
            });
        }

        return loads;
    }

    /// <summary>Adds a positional parameter to the command and returns its placeholder.</summary>
    public static string Parameter(DuckDBCommand command, object value)
    {
        var name = "p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        command.Parameters.Add(new DuckDBParameter(name, value));
        return "$" + name;
    }
}
