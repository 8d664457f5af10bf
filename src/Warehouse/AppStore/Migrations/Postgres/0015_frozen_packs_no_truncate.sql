-- A frozen board pack and its kept PDFs are what the board was shown: TRUNCATE, which row triggers do not see, is
-- refused as UPDATE and DELETE already are.
CREATE TRIGGER board_packs_no_truncate BEFORE TRUNCATE ON board_packs
    FOR EACH STATEMENT EXECUTE FUNCTION board_packs_refuse_change();

CREATE TRIGGER board_pack_pdfs_no_truncate BEFORE TRUNCATE ON board_pack_pdfs
    FOR EACH STATEMENT EXECUTE FUNCTION board_pack_pdfs_refuse_change();
