-- A merge can change a child's level of need: the record kept may say "no open case" while the
-- merged record brings an open child protection plan with it. The merge then records the level
-- the child is at, as a change of its own (source MERGE), so the latest change is the truth.
ALTER TABLE care_level_change DROP CONSTRAINT care_level_change_source_check;
ALTER TABLE care_level_change ADD CONSTRAINT care_level_change_source_check
    CHECK (source IN ('MANAGER', 'CONFERENCE', 'CLOSURE', 'MERGE'));
