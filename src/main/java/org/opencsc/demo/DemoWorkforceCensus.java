package org.opencsc.demo;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives the demo council's social workers what the DfE workforce census asks beyond their
 * employment record (V50): a date of birth, gender, ethnicity, where and how they qualified, where
 * starters came from and leavers went, and a few spells of sick leave, so the census page has a
 * year to show and the file passes the schema. A worker the workforce did not give a Social Work
 * England number gets one (SW and 6 to 8 digits from their id: unique, and never what a test
 * makes up, which starts SW9 and has 8). Drawn from each worker's id and the seed in SQL, so it
 * costs one statement whatever the council's size, and is the same every time.
 */
final class DemoWorkforceCensus {

    /** Who the census counts (returns.workforce.CswwRecords): a social work job, or a social worker's account without one. */
    private static final String SOCIAL_WORKERS = """
            kind = 'PERSON' AND (job_role IN ('SENIOR_MANAGER', 'MIDDLE_MANAGER', 'FIRST_LINE_MANAGER', 'SENIOR_PRACTITIONER',
                                              'CASE_HOLDER', 'QUALIFIED_NO_CASES')
                 OR (job_role IS NULL AND role IN ('SOCIAL_WORKER', 'DUTY_SOCIAL_WORKER', 'TEAM_MANAGER', 'DUTY_MANAGER')))
            """;

    private final JdbcClient jdbc;
    private final long seed;
    private final LocalDate today;

    DemoWorkforceCensus(JdbcClient jdbc, long seed, LocalDate today) {
        this.jdbc = jdbc;
        this.seed = seed;
        this.today = today;
    }

    String generate() {
        jdbc.sql("UPDATE app_user SET swe_number = 'SW' || (100000 + id) WHERE swe_number IS NULL AND " + SOCIAL_WORKERS).update();
        // h: a number from 0 to 9999 drawn from the worker's id and the seed.
        int workers = jdbc.sql("""
                        WITH w AS (
                            SELECT id, coalesce(started_on, CAST(:today AS date)) AS started, left_on,
                                   ('x' || substr(md5(id::text || ':' || :seed), 1, 8))::bit(32)::int & 2147483647 AS h
                              FROM app_user WHERE %s)
                        INSERT INTO staff_census_details (user_id, birth_date, gender, ethnicity, qual_institution, qual_level,
                               step_up_graduate, frontline_graduate, start_origin, leaver_destination, reason_leave)
                        SELECT id,
                               started - make_interval(years => 22 + h %% 19, days => h %% 360),
                               CASE WHEN h %% 100 < 81 THEN '2' WHEN h %% 100 < 98 THEN '1' ELSE '9' END,
                               (ARRAY['WBRI','WBRI','WBRI','WBRI','WBRI','WBRI','WBRI','WOTH','WIRI','BAFR','BCRB','AIND',
                                      'APKN','MWBC','MOTH','CHNE','OOTH','REFU'])[1 + (h / 7) %% 18],
                               (ARRAY['University of Leeds','University of Sussex','Goldsmiths, University of London',
                                      'Manchester Metropolitan University','University of Birmingham','Open University',
                                      'University of Nottingham','Sheffield Hallam University'])[1 + (h / 13) %% 8],
                               CASE WHEN (h / 3) %% 10 < 6 THEN '1' WHEN (h / 3) %% 10 < 9 THEN '2' ELSE '3' END,
                               (h / 11) %% 20 = 0, (h / 17) %% 12 = 0,
                               (ARRAY['1','2','2','2','4','5','6','3','8','9'])[1 + (h / 19) %% 10],
                               CASE WHEN left_on IS NULL THEN NULL ELSE (ARRAY['1','3','4','6','7'])[1 + (h / 23) %% 5] END,
                               CASE WHEN left_on IS NULL THEN NULL ELSE (ARRAY['1','1','1','5','8'])[1 + (h / 29) %% 5] END
                          FROM w
                        ON CONFLICT (user_id) DO NOTHING
                        """.formatted(SOCIAL_WORKERS))
                .param("today", today).param("seed", seed).update();
        // About one worker in four had a spell of sick leave of 1 to 8 days in the last year.
        int absences = jdbc.sql("""
                        WITH w AS (
                            SELECT id, ('x' || substr(md5(id::text || ':absence:' || :seed), 1, 8))::bit(32)::int & 2147483647 AS h
                              FROM app_user WHERE %s)
                        INSERT INTO staff_absence (user_id, reason, first_day, last_day)
                        SELECT id, 'SIC', CAST(:today AS date) - (20 + h %% 330), CAST(:today AS date) - (20 + h %% 330) + (h / 7) %% 8
                          FROM w WHERE h %% 4 = 0
                        """.formatted(SOCIAL_WORKERS))
                .param("today", today).param("seed", seed).update();
        return workers + " workers' census details, " + absences + " absences";
    }
}
