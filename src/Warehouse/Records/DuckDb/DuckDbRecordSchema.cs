namespace Safeguarding.Analytics.Warehouse.Records.DuckDb;

/// <summary>The DuckDB DDL of the record tables, beside the observations in the warehouse file; each statement can run at every start.</summary>
internal static class DuckDbRecordSchema
{
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS record_loads (
            load_id        VARCHAR   NOT NULL PRIMARY KEY,
            feed           VARCHAR   NOT NULL, -- da, yj or population
            source         VARCHAR   NOT NULL,
            description    VARCHAR   NOT NULL,
            row_count      BIGINT    NOT NULL,
            committed_at   TIMESTAMP NOT NULL, -- UTC, whole seconds
            commit_seq     BIGINT    NOT NULL, -- orders loads committed within one second
            submission_key VARCHAR   NOT NULL DEFAULT '' -- at most one load per non-empty key
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS da_incidents (
            incident_id    VARCHAR   NOT NULL,
            victim_id      VARCHAR   NOT NULL,
            perpetrator_id VARCHAR   NOT NULL,
            incident_date  DATE      NOT NULL,
            area_code      VARCHAR   NOT NULL,
            risk_level     VARCHAR   NOT NULL, -- standard, medium or high
            marac_referral UTINYINT  NOT NULL,
            source_row     UINTEGER  NOT NULL, -- the row of the file: the header is row 1
            load_id        VARCHAR   NOT NULL, -- counted only once this id is in record_loads
            load_seq       BIGINT    NOT NULL  -- orders loads: the later load wins
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS yj_outcomes (
            person_id      VARCHAR   NOT NULL,
            age_at_outcome UTINYINT  NOT NULL,
            outcome_date   DATE      NOT NULL,
            outcome_type   VARCHAR   NOT NULL,
            area_code      VARCHAR   NOT NULL,
            source_row     UINTEGER  NOT NULL,
            load_id        VARCHAR   NOT NULL,
            load_seq       BIGINT    NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS child_population (
            area_code      VARCHAR   NOT NULL,
            mid_year       USMALLINT NOT NULL,
            aged_10_to_17  UBIGINT   NOT NULL,
            source_row     UINTEGER  NOT NULL,
            load_id        VARCHAR   NOT NULL,
            load_seq       BIGINT    NOT NULL
        )
        """,
    ];
}
