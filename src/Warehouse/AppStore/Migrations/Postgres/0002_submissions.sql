CREATE TABLE submissions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id       TEXT NULL,
    period_key      TEXT NULL,
    file_name       TEXT NOT NULL,
    format          TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    size_bytes      BIGINT NOT NULL,
    received_via    TEXT NOT NULL,
    received_by     TEXT NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    row_count       INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0,
    warning_count   INTEGER NOT NULL DEFAULT 0,
    load_id         TEXT NULL,
    return_version  INTEGER NULL,
    duplicate_of    BIGINT NULL REFERENCES submissions (id),
    processed_at    TIMESTAMPTZ NULL,
    failure_message TEXT NULL
);

CREATE INDEX ix_submissions_return ON submissions (agency_id, period_key, status);
CREATE INDEX ix_submissions_received ON submissions (received_at);

CREATE TABLE submission_files (
    submission_id BIGINT PRIMARY KEY REFERENCES submissions (id),
    content       BYTEA NOT NULL
);

CREATE TABLE submission_problems (
    submission_id BIGINT NOT NULL REFERENCES submissions (id),
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
    submission_id             BIGINT NULL,
    expected_indicators       INTEGER NOT NULL,
    received_indicators       INTEGER NOT NULL,
    completeness              DOUBLE PRECISION NOT NULL,
    deadline                  TEXT NOT NULL,
    first_loaded_received_at  TIMESTAMPTZ NULL,
    days_late                 INTEGER NOT NULL,
    timeliness                DOUBLE PRECISION NOT NULL,
    row_count                 INTEGER NOT NULL,
    error_count               INTEGER NOT NULL,
    validity                  DOUBLE PRECISION NOT NULL,
    warning_count             INTEGER NOT NULL,
    consistency               DOUBLE PRECISION NOT NULL,
    score                     DOUBLE PRECISION NOT NULL,
    computed_at               TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (agency_id, period_key)
);

CREATE TABLE recurring_schedules (
    id             TEXT PRIMARY KEY,
    job_kind       TEXT NOT NULL,
    cron           TEXT NOT NULL,
    arguments_json TEXT NULL,
    enabled        BOOLEAN NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
