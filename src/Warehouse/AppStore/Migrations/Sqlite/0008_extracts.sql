-- Deep-dive extracts: what an analyst defined, and each run with its file. A deleted definition is kept (deleted_at),
-- so its runs keep their subject and a default the board deleted is not made again at the next start.
CREATE TABLE extract_definitions (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    theme               TEXT NOT NULL,
    indicator_ids       TEXT NOT NULL,
    priority_ids        TEXT NOT NULL,
    area_roles          TEXT NOT NULL,
    period_from         TEXT NULL,
    period_to           TEXT NULL,
    last_quarters       INTEGER NULL,
    format              TEXT NOT NULL,
    schedule_kind       TEXT NOT NULL,
    cron                TEXT NULL,
    working_days_before INTEGER NULL,
    board_month         INTEGER NULL,
    schedule_enabled    INTEGER NOT NULL,
    deep_dive_id        TEXT NULL,
    created_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_by          TEXT NULL,
    deleted_at          TEXT NULL
);

CREATE TABLE extract_runs (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    extract_id          TEXT NOT NULL REFERENCES extract_definitions (id),
    status              TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    run_trigger         TEXT NOT NULL CHECK (run_trigger IN ('manual', 'schedule')),
    requested_by        TEXT NOT NULL,
    queued_at           TEXT NOT NULL,
    started_at          TEXT NULL,
    finished_at         TEXT NULL,
    period_from         TEXT NULL,
    period_to           TEXT NULL,
    row_count           INTEGER NULL,
    suppressed_figures  INTEGER NULL,
    bytes               INTEGER NULL,
    sha256              TEXT NULL,
    file_path           TEXT NULL,
    file_name           TEXT NULL,
    error               TEXT NULL
);

CREATE INDEX ix_extract_runs_extract ON extract_runs (extract_id, id);
