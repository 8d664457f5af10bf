CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    agency_id       TEXT NULL,
    period_key      TEXT NULL,
    file_name       TEXT NOT NULL,
    format          TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    received_via    TEXT NOT NULL,
    received_by     TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    row_count       INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0,
    warning_count   INTEGER NOT NULL DEFAULT 0,
    load_id         TEXT NULL,
    return_version  INTEGER NULL,
    duplicate_of    INTEGER NULL REFERENCES submissions (id),
    processed_at    TEXT NULL,
    failure_message TEXT NULL
);

CREATE INDEX ix_submissions_return ON submissions (agency_id, period_key, status);
CREATE INDEX ix_submissions_received ON submissions (received_at);

CREATE TABLE submission_files (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions (id),
    content       BLOB NOT NULL
);

CREATE TABLE submission_problems (
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    ordinal       INTEGER NOT NULL,
    severity      TEXT NOT NULL,
    code          TEXT NOT NULL,
    row_number    INTEGER NULL,
    column_name   TEXT NULL,
    message       TEXT NOT NULL,
    PRIMARY KEY (submission_id, ordinal)
);

CREATE TABLE data_quality (
    agency_id                 TEXT NOT NULL,
    period_key                TEXT NOT NULL,
    submission_id             INTEGER NULL,
    expected_indicators       INTEGER NOT NULL,
    received_indicators       INTEGER NOT NULL,
    completeness              REAL NOT NULL,
    deadline                  TEXT NOT NULL,
    first_loaded_received_at  TEXT NULL,
    days_late                 INTEGER NOT NULL,
    timeliness                REAL NOT NULL,
    row_count                 INTEGER NOT NULL,
    error_count               INTEGER NOT NULL,
    validity                  REAL NOT NULL,
    warning_count             INTEGER NOT NULL,
    consistency               REAL NOT NULL,
    score                     REAL NOT NULL,
    computed_at               TEXT NOT NULL,
    PRIMARY KEY (agency_id, period_key)
);

CREATE TABLE recurring_schedules (
    id             TEXT PRIMARY KEY,
    job_kind       TEXT NOT NULL,
    cron           TEXT NOT NULL,
    arguments_json TEXT NULL,
    enabled        INTEGER NOT NULL,
    updated_at     TEXT NOT NULL
);
