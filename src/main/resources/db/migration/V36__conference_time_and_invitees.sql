-- When a child protection conference (initial or review) met, and who was invited to it with
-- whether each came: the attendance list of the conference's minutes. Conferences recorded
-- before have neither; their free-text attendees stay as they were.
ALTER TABLE cp_conference ADD COLUMN starts_at time;

CREATE TABLE cp_conference_invitee (
    conference_id bigint NOT NULL REFERENCES cp_conference (id),
    position      int NOT NULL,
    name          text NOT NULL,
    agency        text,
    attendance    text NOT NULL CHECK (attendance IN ('ATTENDED', 'APOLOGIES', 'DID_NOT_ATTEND')),
    PRIMARY KEY (conference_id, position)
);
