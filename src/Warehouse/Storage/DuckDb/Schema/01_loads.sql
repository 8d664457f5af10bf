CREATE TABLE IF NOT EXISTS loads (
    load_id        VARCHAR   NOT NULL PRIMARY KEY,
    source         VARCHAR   NOT NULL,
    description    VARCHAR   NOT NULL,
    row_count      BIGINT    NOT NULL,
    committed_at   TIMESTAMP NOT NULL, -- UTC, whole seconds
    commit_seq     BIGINT    NOT NULL, -- orders loads committed within one second
    submission_key VARCHAR   NOT NULL DEFAULT '' -- what the load carried; at most one load per non-empty key
);
