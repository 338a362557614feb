-- Another system's census may hold an episode with no PrimaryNeedCode (typically a referral that
-- led to no further action, closed before a need was assessed). Refusing the whole file for it
-- would leave a council's history behind, and inventing a need would falsify its return: an
-- imported referral may have none, and the export gives it back without one. OpenCSC's own
-- referrals still record a primary need at the front door.
ALTER TABLE referral ALTER COLUMN primary_need_code DROP NOT NULL;
ALTER TABLE referral ADD CONSTRAINT referral_primary_need_or_import
    CHECK (primary_need_code IS NOT NULL OR census_import_id IS NOT NULL);
