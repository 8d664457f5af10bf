CREATE TABLE exceptions (
    id             BIGSERIAL PRIMARY KEY,
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
    first_seen     TIMESTAMPTZ NOT NULL,
    last_seen      TIMESTAMPTZ NOT NULL,
    cleared_at     TIMESTAMPTZ NULL,
    UNIQUE (kind, indicator_id, area_code, period_key)
);

CREATE INDEX ix_exceptions_area_status ON exceptions (area_code, status);
