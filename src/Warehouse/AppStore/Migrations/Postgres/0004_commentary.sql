CREATE TABLE commentary (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id   TEXT NOT NULL,
    area_code      TEXT NOT NULL,
    period_key     TEXT NOT NULL,
    agency_id      TEXT NOT NULL,
    text           TEXT NOT NULL,
    version        INTEGER NOT NULL,
    submission_id  BIGINT NULL REFERENCES submissions (id),
    author         TEXT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (indicator_id, area_code, period_key, agency_id, version)
);

CREATE INDEX ix_commentary_period_agency ON commentary (period_key, agency_id);
