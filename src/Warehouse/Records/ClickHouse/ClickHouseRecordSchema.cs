namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The ClickHouse DDL of the record tables, kept apart from each table's engine clause so that the same columns can be
/// made as one plain MergeTree per table on a single server or as a table on every server behind a Distributed one.
/// </summary>
internal static partial class ClickHouseRecordSchema
{
    /// <summary>A record table: its name, its columns as DDL, and the sort key chosen for the counts read from it.</summary>
    public sealed record Table(string Name, string Columns, string SortKey);

    public static Table Loads { get; } = new(
        "record_loads",
        """
        load_id        String,
        feed           String, -- da, yj or population
        source         String,
        description    String,
        row_count      UInt64,
        committed_at   DateTime, -- UTC seconds
        commit_seq     Int64,    -- orders loads committed within one second
        submission_key String DEFAULT '' -- what the load carried; at most one load per non-empty key
        """,
        "commit_seq, load_id");

    public static Table Incidents { get; } = new(
        "da_incidents",
        """
        incident_id    String,
        victim_id      String,
        perpetrator_id String,
        incident_date  Date,
        area_code      String,
        risk_level     String, -- standard, medium or high
        marac_referral UInt8,
        source_row     UInt32, -- the row of the file: the header is row 1
        load_id        String, -- counted only once this id is in record_loads
        load_seq       Int64   -- orders loads: the later load wins
        """,
        "marac_referral, victim_id, incident_date");

    public static Table Outcomes { get; } = new(
        "yj_outcomes",
        """
        person_id      String,
        age_at_outcome UInt8,
        outcome_date   Date,
        outcome_type   String,
        area_code      String,
        source_row     UInt32,
        load_id        String,
        load_seq       Int64
        """,
        "person_id, outcome_date");

    public static Table Population { get; } = new(
        "child_population",
        """
        area_code      String,
        mid_year       UInt16,
        aged_10_to_17  UInt64,
        source_row     UInt32,
        load_id        String,
        load_seq       Int64
        """,
        "area_code, mid_year");

    public static IReadOnlyList<Table> All { get; } = [Loads, Incidents, Outcomes, Population];

    /// <summary>The engine clause of a table on a single server.</summary>
    public static string MergeTree(Table table) => $"ENGINE = MergeTree() ORDER BY ({table.SortKey})";

    /// <summary>Creates <paramref name="tableName"/> (the table's own name, or a per-server name) with the table's columns and the given engine.</summary>
    public static string Create(string database, Table table, string tableName, string engineClause) =>
        $"""
        CREATE TABLE IF NOT EXISTS {database}.{tableName}
        (
        {table.Columns}
        )
        {engineClause}
        """;

    /// <summary>Every record table as a plain MergeTree in <paramref name="database"/>.</summary>
    public static IEnumerable<string> SingleServer(string database) =>
        All.Select(table => Create(database, table, table.Name, MergeTree(table)));
}
