CREATE TABLE IF NOT EXISTS {database}.observations
(
    indicator_id  String,
    area_code     String,
    period_key    String,
    period_kind   String,
    period_start  Date,
    period_end    Date,
    value         Nullable(Float64),
    numerator     Nullable(Float64),
    denominator   Nullable(Float64),
    lower_ci      Nullable(Float64),
    upper_ci      Nullable(Float64),
    status        String,
    status_reason Nullable(String),
    source        String,
    version       Int32,
    load_id       String -- visible only once this id is in loads
)
ENGINE = MergeTree()
ORDER BY (indicator_id, area_code, period_start, period_key, version)
