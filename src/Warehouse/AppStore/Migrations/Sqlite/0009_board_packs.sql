-- Board packs as presented to the board: one row per frozen version of a quarter's pack, never changed once written.
-- data_as_of is the moment the figures, exceptions and commentary were read as at, so the pack can be rebuilt.
CREATE TABLE board_packs (
    quarter         TEXT NOT NULL,
    version         INTEGER NOT NULL,
    presented_on    TEXT NOT NULL,
    data_as_of      TEXT NOT NULL,
    frozen_by       TEXT NOT NULL,
    frozen_at       TEXT NOT NULL,
    content_json    TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    PRIMARY KEY (quarter, version)
);

CREATE TRIGGER board_packs_no_update BEFORE UPDATE ON board_packs
BEGIN
    SELECT RAISE(ABORT, 'board_packs versions are never changed: UPDATE refused');
END;

CREATE TRIGGER board_packs_no_delete BEFORE DELETE ON board_packs
BEGIN
    SELECT RAISE(ABORT, 'board_packs versions are never removed: DELETE refused');
END;
