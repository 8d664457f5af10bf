CREATE TABLE board_priorities (
    id          TEXT PRIMARY KEY,
    sort_order  INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE indicators (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    priority_id           TEXT NOT NULL REFERENCES board_priorities (id),
    domain                TEXT NOT NULL,
    lead_agency           TEXT NOT NULL,
    unit                  TEXT NOT NULL,
    multiplier            INTEGER NOT NULL,
    value_type            TEXT NOT NULL,
    polarity              TEXT NOT NULL,
    frequency             TEXT NOT NULL,
    target                DOUBLE PRECISION NULL,
    comparator_source     TEXT NULL,
    comparator_measure    TEXT NULL,
    comparator_year_type  TEXT NULL,
    decimal_places        INTEGER NOT NULL,
    definition            TEXT NOT NULL
);

CREATE TABLE catalogue_edits (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    edited_by   TEXT NOT NULL,
    edited_at   TIMESTAMPTZ NOT NULL,
    before_json TEXT NULL,
    after_json  TEXT NOT NULL
);

CREATE INDEX ix_catalogue_edits_entity ON catalogue_edits (entity, entity_id);
