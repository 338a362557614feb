-- Integration accounts, traceable API tokens, and an access log that keeps every refusal and
-- every reading of itself.

-- An account is a person's (signs in with a password or through the identity provider) or an
-- integration's (another system: no password, reached only with the API tokens an administrator
-- issues for it). Tokens are issued only to integration accounts, so nobody can act through the
-- API as a practitioner without being them.
ALTER TABLE app_user ADD COLUMN kind text NOT NULL DEFAULT 'PERSON'
    CHECK (kind IN ('PERSON', 'INTEGRATION'));
ALTER TABLE app_user ADD CONSTRAINT app_user_integration_has_no_password
    CHECK (kind = 'PERSON' OR password_hash IS NULL);

-- Tokens issued before this rule acted as people's accounts: they are revoked, visibly.
UPDATE api_token SET revoked_at = now(), revoked_by = 'system: tokens act only as integration accounts'
WHERE revoked_at IS NULL;

-- A token's history is kept: who issued it, for what and until when never changes, it is never
-- deleted, and once revoked it stays revoked (only its last-used time moves).
CREATE FUNCTION api_token_keeps_its_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'api_token rows are kept: revoke a token instead';
    END IF;
    IF NEW.token_sha256 <> OLD.token_sha256 OR NEW.user_id <> OLD.user_id OR NEW.role <> OLD.role
       OR NEW.read_only <> OLD.read_only OR NEW.purpose <> OLD.purpose OR NEW.issued_at <> OLD.issued_at
       OR NEW.issued_by <> OLD.issued_by OR NEW.expires_at <> OLD.expires_at
       OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
                                           OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by)) THEN
        RAISE EXCEPTION 'an API token is issued once and revoked once: only its last use is updated';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER api_token_history BEFORE UPDATE OR DELETE ON api_token
    FOR EACH ROW EXECUTE FUNCTION api_token_keeps_its_history();
CREATE TRIGGER api_token_no_truncate BEFORE TRUNCATE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION api_token_keeps_its_history();

-- Which API token a logged request was made with (null for a password, session or JWT).
ALTER TABLE access_log ADD COLUMN api_token_id bigint REFERENCES api_token (id);

-- DENIED may name no person: a refusal by role or by a URL rule is not about one record. AUDIT is
-- a reading of the access log itself (of one record's log, or of one user's entries).
ALTER TABLE access_log DROP CONSTRAINT access_log_search_has_no_person;
ALTER TABLE access_log ADD CONSTRAINT access_log_action
    CHECK (action IN ('VIEW', 'DENIED', 'SEARCH', 'AUDIT'));
ALTER TABLE access_log ADD CONSTRAINT access_log_person_by_action
    CHECK (CASE action WHEN 'SEARCH' THEN person_id IS NULL WHEN 'VIEW' THEN person_id IS NOT NULL ELSE true END);

-- The administrator's page lists one user's entries too, newest first.
CREATE INDEX access_log_username ON access_log (lower(username), at DESC);
