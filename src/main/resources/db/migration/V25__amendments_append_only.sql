-- The history of corrections is itself never edited or removed, like the events and the access
-- log: a wrong correction is put right by another correction. (V23 was not used.)
CREATE FUNCTION amendment_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'amendments are append-only: record another correction instead';
END $$;
CREATE TRIGGER amendment_no_update BEFORE UPDATE OR DELETE ON amendment
    FOR EACH ROW EXECUTE FUNCTION amendment_is_append_only();
CREATE TRIGGER amendment_no_truncate BEFORE TRUNCATE ON amendment
    FOR EACH STATEMENT EXECUTE FUNCTION amendment_is_append_only();
