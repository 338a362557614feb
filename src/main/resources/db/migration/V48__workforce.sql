-- The workforce (issue 12): what a council knows of each member of staff as an employee, beside
-- their account, and the posts each team is funded for. Caseloads, agency share, tenure,
-- turnover, protected caseloads and the DfE children's social work workforce census are all
-- read from these columns, so each fact is kept once.

-- Employment type replaces the agency flag: a seconded worker is neither permanent nor agency,
-- and the workforce census counts agency workers apart from both.
ALTER TABLE app_user ADD COLUMN employment_type text NOT NULL DEFAULT 'PERMANENT'
    CHECK (employment_type IN ('PERMANENT', 'AGENCY', 'SECONDED'));
UPDATE app_user SET employment_type = 'AGENCY' WHERE agency;
ALTER TABLE app_user DROP COLUMN agency;

ALTER TABLE app_user
    -- The last day of employment: a leaver keeps their row (their work stays attributed to them)
    -- and counts in turnover; an account is usually also made inactive, but that is sign-in's business.
    ADD COLUMN left_on         date,
    -- The date the worker qualified as a social worker (null for staff who are not social workers).
    -- newly_qualified (V1) is the ASYE: the assessed and supported year in employment, which starts
    -- when a newly qualified worker starts in post and lasts 12 months.
    ADD COLUMN qualified_on    date,
    -- The job the worker holds (not the system role, which decides what they may see): the
    -- workforce census's organisational role. See workforce.JobRole.
    ADD COLUMN job_role        text CHECK (job_role IN ('SENIOR_MANAGER', 'MIDDLE_MANAGER', 'FIRST_LINE_MANAGER',
                                   'SENIOR_PRACTITIONER', 'CASE_HOLDER', 'QUALIFIED_NO_CASES', 'NOT_SOCIAL_WORKER')),
    -- Full-time equivalent: 1.00 for full time.
    ADD COLUMN fte             numeric(3, 2) NOT NULL DEFAULT 1.00 CHECK (fte > 0 AND fte <= 1),
    -- A caseload limit for this worker (children allocated); null means the council's limit for
    -- their status (opencsc.workforce.* properties): a protected limit in the ASYE, else the standard one.
    ADD COLUMN caseload_limit  integer CHECK (caseload_limit BETWEEN 1 AND 100),
    -- The Social Work England registration number (SW followed by digits), for the workforce census.
    ADD COLUMN swe_number      text CHECK (swe_number ~ '^SW[0-9]{1,8}$'),
    ADD CONSTRAINT app_user_left_after_start CHECK (left_on IS NULL OR started_on IS NULL OR left_on >= started_on);

-- The posts a team is funded for, by job: vacancies are the funded FTE not filled by the team's
-- workers in that job who have not left. Optimistic locking, as every edited row.
CREATE TABLE team_post (
    team_id         bigint NOT NULL REFERENCES team (id),
    job_role        text NOT NULL CHECK (job_role IN ('SENIOR_MANAGER', 'MIDDLE_MANAGER', 'FIRST_LINE_MANAGER',
                        'SENIOR_PRACTITIONER', 'CASE_HOLDER', 'QUALIFIED_NO_CASES', 'NOT_SOCIAL_WORKER')),
    funded_fte      numeric(5, 2) NOT NULL CHECK (funded_fte >= 0 AND funded_fte <= 500),
    version         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, job_role)
);
