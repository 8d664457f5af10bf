-- The QA sub-group's challenge and response on each exception, kept apart from the analytics status.
-- The current position lives on the exception (the register filters and sorts by it, and the row is what a step
-- locks); exception_steps is the append-only history that explains it, one numbered row per step.
ALTER TABLE exceptions ADD COLUMN qa_state TEXT NOT NULL DEFAULT 'open';
ALTER TABLE exceptions ADD COLUMN qa_agency_id TEXT NULL;
ALTER TABLE exceptions ADD COLUMN qa_due_date DATE NULL;
ALTER TABLE exceptions ADD COLUMN qa_steps INTEGER NOT NULL DEFAULT 0;

CREATE INDEX ix_exceptions_qa_state ON exceptions (qa_state, qa_agency_id);

CREATE TABLE exception_steps (
    id            BIGSERIAL PRIMARY KEY,
    exception_id  BIGINT NOT NULL REFERENCES exceptions (id),
    number        INTEGER NOT NULL,
    action        TEXT NOT NULL,
    from_state    TEXT NOT NULL,
    to_state      TEXT NOT NULL,
    agency_id     TEXT NULL,
    due_date      DATE NULL,
    comment       TEXT NOT NULL,
    actor         TEXT NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    UNIQUE (exception_id, number)
);
