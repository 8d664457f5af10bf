CREATE TABLE IF NOT EXISTS {database}.loads
(
    load_id        String,
    source         String,
    description    String,
    row_count      UInt64,
    committed_at   DateTime, -- UTC seconds
    commit_seq     Int64,    -- orders loads committed within one second
    submission_key String DEFAULT '' -- what the load carried; at most one load per non-empty key
)
ENGINE = MergeTree()
ORDER BY (commit_seq, load_id)
