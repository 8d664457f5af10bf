-- A frozen pack's PDF, printed once and kept: keyed by the SHA-256 of the exact HTML document printed (an agency
-- lead's copy differs from the whole pack), so every later request for the same document is served without a browser.
CREATE TABLE board_pack_pdfs (
    quarter      TEXT NOT NULL,
    version      INTEGER NOT NULL,
    html_sha256  TEXT NOT NULL,
    pdf          BLOB NOT NULL,
    pdf_sha256   TEXT NOT NULL,
    printed_at   TEXT NOT NULL,
    PRIMARY KEY (quarter, version, html_sha256)
);

CREATE TRIGGER board_pack_pdfs_no_update BEFORE UPDATE ON board_pack_pdfs
BEGIN
    SELECT RAISE(ABORT, 'board_pack_pdfs are never changed: UPDATE refused');
END;
