-- A frozen pack's PDF, printed once and kept: keyed by the SHA-256 of the exact HTML document printed (an agency
-- lead's copy differs from the whole pack), so every later request for the same document is served without a browser.
CREATE TABLE board_pack_pdfs (
    quarter      TEXT NOT NULL,
    version      INTEGER NOT NULL,
    html_sha256  TEXT NOT NULL,
    pdf          BYTEA NOT NULL,
    pdf_sha256   TEXT NOT NULL,
    printed_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (quarter, version, html_sha256)
);

CREATE FUNCTION board_pack_pdfs_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'board_pack_pdfs are never changed: % refused', TG_OP;
END
$$;

CREATE TRIGGER board_pack_pdfs_no_update BEFORE UPDATE ON board_pack_pdfs
    FOR EACH ROW EXECUTE FUNCTION board_pack_pdfs_refuse_change();
