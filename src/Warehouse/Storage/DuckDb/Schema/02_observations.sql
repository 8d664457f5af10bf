CREATE TABLE IF NOT EXISTS observations (
    indicator_id  VARCHAR NOT NULL,
    area_code     VARCHAR NOT NULL,
    period_key    VARCHAR NOT NULL,
    period_kind   VARCHAR NOT NULL,
    period_start  DATE    NOT NULL,
    period_end    DATE    NOT NULL,
    value         DOUBLE,
    numerator     DOUBLE,
    denominator   DOUBLE,
    lower_ci      DOUBLE,
    upper_ci      DOUBLE,
    status        VARCHAR NOT NULL,
    status_reason VARCHAR,
    source        VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    load_id       VARCHAR NOT NULL -- visible only once this id is in loads
);
