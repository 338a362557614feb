-- The performance figures (issue 12) count events dated in a period, typically 12 months of a
-- council's 10 years of history: without an index on the date each figure reads the whole table
-- (a large council holds ~94,000 contacts and decisions and ~61,000 referrals). Timestamps are
-- counted on their London date, so those indexes are on that expression, exactly as the figures
-- write it. The smaller tables (enquiries, conferences, plans) are read whole, quickly.
CREATE INDEX contact_received_on ON contact (((received_at AT TIME ZONE 'Europe/London')::date));
CREATE INDEX contact_decision_decided_on ON contact_decision (((decided_at AT TIME ZONE 'Europe/London')::date));
CREATE INDEX referral_date ON referral (referral_date);
CREATE INDEX single_assessment_authorised_on ON single_assessment (authorised_on) WHERE authorised_on IS NOT NULL;
