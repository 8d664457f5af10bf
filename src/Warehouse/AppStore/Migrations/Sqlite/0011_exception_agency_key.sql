-- A data-quality flag is about one agency's return: two agencies' low scores in the same quarter are two flags, so the
-- flag's identity carries its agency (none for flags about an indicator). SQLite cannot drop a table's UNIQUE
-- constraint, so the table is made again with its rows and ids; the steps' references to it are checked at commit.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE exceptions_before_0011 AS SELECT * FROM exceptions;
DROP TABLE exceptions;

CREATE TABLE exceptions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           TEXT NOT NULL,
    indicator_id   TEXT NOT NULL,
    area_code      TEXT NOT NULL,
    period_key     TEXT NOT NULL,
    agency_id      TEXT NULL,
    severity       TEXT NOT NULL,
    method         TEXT NOT NULL,
    summary        TEXT NOT NULL,
    evidence_json  TEXT NOT NULL,
    status         TEXT NOT NULL,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    cleared_at     TEXT NULL,
    qa_state       TEXT NOT NULL DEFAULT 'open',
    qa_agency_id   TEXT NULL,
    qa_due_date    TEXT NULL,
    qa_steps       INTEGER NOT NULL DEFAULT 0
);

INSERT INTO exceptions (id, kind, indicator_id, area_code, period_key, agency_id, severity, method, summary, evidence_json,
    status, first_seen, last_seen, cleared_at, qa_state, qa_agency_id, qa_due_date, qa_steps)
SELECT id, kind, indicator_id, area_code, period_key, agency_id, severity, method, summary, evidence_json,
    status, first_seen, last_seen, cleared_at, qa_state, qa_agency_id, qa_due_date, qa_steps
FROM exceptions_before_0011;
DROP TABLE exceptions_before_0011;

CREATE UNIQUE INDEX ux_exceptions_flag ON exceptions (kind, indicator_id, area_code, period_key, COALESCE(agency_id, ''));
CREATE INDEX ix_exceptions_area_status ON exceptions (area_code, status);
CREATE INDEX ix_exceptions_qa_state ON exceptions (qa_state, qa_agency_id);
