-- Nothing on a record is deleted: a wrong upload is withdrawn with a reason, and the bytes of a
-- document never change once stored (its sha256 says what was kept).
CREATE FUNCTION document_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'documents are kept: % on % is refused (withdraw a document instead)', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER document_no_delete BEFORE DELETE ON document
    FOR EACH ROW EXECUTE FUNCTION document_refuse_change();
CREATE TRIGGER document_content_no_delete BEFORE DELETE ON document_content
    FOR EACH ROW EXECUTE FUNCTION document_refuse_change();
CREATE TRIGGER document_content_no_update BEFORE UPDATE ON document_content
    FOR EACH ROW EXECUTE FUNCTION document_refuse_change();
CREATE TRIGGER document_subject_no_delete BEFORE DELETE ON document_subject
    FOR EACH ROW EXECUTE FUNCTION document_refuse_change();
