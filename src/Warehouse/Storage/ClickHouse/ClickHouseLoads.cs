namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>The committed loads of a ClickHouse loads table (<c>loads</c> of observations, <c>record_loads</c> of records), read one way.</summary>
internal static class ClickHouseLoads
{
    /// <summary>The SELECT of a loads table's rows, oldest first, filtered by <paramref name="where"/> (empty for all).</summary>
    public static string Select(string table, string where) =>
        $"SELECT load_id, source, description, row_count, toUnixTimestamp(committed_at), submission_key FROM {table} {where} ORDER BY commit_seq";

    /// <summary>The filter for the load with a submission key.</summary>
    public static string WithKey(string submissionKey) => $"WHERE submission_key = {ClickHouseLiteral.Quote(submissionKey)}";

    public static LoadRecord Read(string?[] row) =>
        new(
            TabSeparatedRows.Required(row[0]),
            TabSeparatedRows.Required(row[1]),
            TabSeparatedRows.Required(row[2]),
            TabSeparatedRows.Int64(row[3]),
            TabSeparatedRows.UnixSeconds(row[4]))
        {
            SubmissionKey = row[5] ?? string.Empty,
        };
}
