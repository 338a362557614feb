-- Optimistic locking for a worker's employment details (workforce.EmploymentRepository): two
-- managers or an administrator editing the same worker's record cannot overwrite each other.
-- Kept apart from any account version, so signing in or changing a password never conflicts.
ALTER TABLE app_user ADD COLUMN employment_version integer NOT NULL DEFAULT 0;

-- One version for a team's posts, which are edited together (a form of every job role's funded
-- FTE; PUT /api/v1/workforce/teams/{id}/posts replaces them all): a change made meanwhile is
-- found by this version rather than lost.
ALTER TABLE team ADD COLUMN posts_version integer NOT NULL DEFAULT 0;
