-- Board packs as presented to the board: one row per frozen version of a quarter's pack, never changed once written.
-- data_as_of is the moment the figures, exceptions and commentary were read as at, so the pack can be rebuilt.
CREATE TABLE board_packs (
    quarter         TEXT NOT NULL,
    version         INTEGER NOT NULL,
    presented_on    DATE NOT NULL,
    data_as_of      TIMESTAMPTZ NOT NULL,
    frozen_by       TEXT NOT NULL,
    frozen_at       TIMESTAMPTZ NOT NULL,
    content_json    TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    PRIMARY KEY (quarter, version)
);

CREATE FUNCTION board_packs_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'board_packs versions are never changed or removed: % refused', TG_OP;
END
$$;

CREATE TRIGGER board_packs_no_update_or_delete BEFORE UPDATE OR DELETE ON board_packs
    FOR EACH ROW EXECUTE FUNCTION board_packs_refuse_change();
