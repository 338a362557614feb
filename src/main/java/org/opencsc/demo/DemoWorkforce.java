package org.opencsc.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff's employment details and the teams' posts, so the workforce figures look like a
 * council's: job roles from each account's role, most staff permanent, about one social worker in
 * seven from an agency and a couple seconded, qualification dates before the start (the newly
 * qualified workers qualified just before they started, so their ASYE runs now), a few part-time,
 * SWE numbers, some leavers in the last 12 months (inactive accounts holding nothing, who wrote
 * nothing), and every team's posts as its staff fill them with a few vacancies on top.
 */
final class DemoWorkforce {

    private final JdbcClient jdbc;
    private final Random random;
    private final LocalDate today;

    DemoWorkforce(JdbcClient jdbc, long seed, LocalDate today) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.today = today;
    }

    private record Staff(long id, String username, String role, boolean newlyQualified, LocalDate startedOn) {
    }

    String generate(DemoStaff names, String passwordHash, List<CouncilGenerator.Team> caseTeams) {
        List<Staff> staff = jdbc.sql("SELECT id, username, role, newly_qualified, started_on FROM app_user WHERE kind = 'PERSON' ORDER BY id")
                .query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getDate(5).toLocalDate()))
                .list();
        int agency = 0;
        int seconded = 0;
        for (Staff s : staff) {
            String job = jobRole(s);
            boolean socialWorker = job != null && !job.equals("NOT_SOCIAL_WORKER");
            // Agency and seconded workers are generated workers, never a demo login, so a demo user's own record stays plain.
            String type = "PERMANENT";
            if (socialWorker && s.username().contains(".") && !s.newlyQualified()) {
                if (random.nextInt(100) < 17) {
                    type = "AGENCY";
                    agency++;
                } else if (seconded < 2 && random.nextInt(10) == 0) {
                    type = "SECONDED";
                    seconded++;
                }
            }
            LocalDate qualified = !socialWorker ? null
                    : s.newlyQualified() ? s.startedOn().minusDays(random.nextInt(60))
                    : s.startedOn().minusDays(random.nextInt(5 * 365));
            BigDecimal fte = random.nextInt(10) == 0 ? new BigDecimal(random.nextBoolean() ? "0.80" : "0.60") : new BigDecimal("1.00");
            jdbc.sql("""
                            UPDATE app_user SET job_role = :job, employment_type = :type, qualified_on = :qualified, fte = :fte,
                                   swe_number = :swe WHERE id = :id
                            """)
                    .param("job", job).param("type", type).param("qualified", qualified).param("fte", fte)
                    .param("swe", socialWorker ? "SW" + (100000 + random.nextInt(900000)) : null).param("id", s.id()).update();
        }
        int leavers = leavers(names, passwordHash, caseTeams);
        posts();
        return staff.size() + " staff (" + agency + " agency, " + seconded + " seconded), " + leavers + " leavers";
    }

    /** The job each account's role does; the inspector is not the council's employee, so has none. */
    private String jobRole(Staff s) {
        return switch (s.role()) {
            case "SOCIAL_WORKER" -> !s.newlyQualified() && random.nextInt(5) == 0 ? "SENIOR_PRACTITIONER" : "CASE_HOLDER";
            case "DUTY_SOCIAL_WORKER" -> "CASE_HOLDER";
            case "TEAM_MANAGER", "DUTY_MANAGER" -> "FIRST_LINE_MANAGER";
            case "CONFERENCE_CHAIR", "QA_AUDITOR" -> "QUALIFIED_NO_CASES";
            case "SENIOR_LEADER" -> "SENIOR_MANAGER";
            case "INSPECTOR", "PARTNER_AUDITOR" -> null;
            default -> "NOT_SOCIAL_WORKER";
        };
    }

    /**
     * Social workers who left in the last 12 months, one for every other case team: their accounts
     * are inactive and they hold no cases (their cases went to the team's workers, whose work is
     * what the history shows), so nothing is dated after they left.
     */
    private int leavers(DemoStaff names, String passwordHash, List<CouncilGenerator.Team> caseTeams) {
        int n = 0;
        for (int i = 0; i < caseTeams.size(); i += 2) {
            CouncilGenerator.Team team = caseTeams.get(i);
            String name;
            do {
                name = DemoNames.WOMEN.get(random.nextInt(DemoNames.WOMEN.size())) + " "
                        + DemoNames.FAMILY.get(random.nextInt(DemoNames.FAMILY.size()));
            } while (!names.free(name));
            LocalDate left = today.minusDays(14 + random.nextInt(330));
            LocalDate started = left.minusDays(200 + random.nextInt(2000));
            long id = jdbc.sql("""
                            INSERT INTO app_user (username, password_hash, display_name, role, active, employment_type, started_on, left_on,
                                                  qualified_on, job_role, fte, swe_number)
                            VALUES (:u, :hash, :name, 'SOCIAL_WORKER', false, :type, :started, :left, :qualified, 'CASE_HOLDER', 1.00, :swe)
                            RETURNING id
                            """)
                    .param("u", "leaver." + (++n)).param("hash", passwordHash).param("name", name)
                    .param("type", n % 3 == 0 ? "AGENCY" : "PERMANENT").param("started", started).param("left", left)
                    .param("qualified", started.minusDays(random.nextInt(700))).param("swe", "SW" + (100000 + random.nextInt(900000)))
                    .query(Long.class).single();
            jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(team.id(), id).update();
            names.add(id, name, started);
        }
        return n;
    }

    /** Each team is funded for the posts its staff in post fill, and a few teams for one or half a post more (the vacancies). */
    private void posts() {
        Map<Long, Integer> vacancies = new HashMap<>();
        List<Long> teams = jdbc.sql("SELECT id FROM team ORDER BY id").query(Long.class).list();
        for (Long team : teams) {
            jdbc.sql("""
                            INSERT INTO team_post (team_id, job_role, funded_fte)
                            SELECT m.team_id, u.job_role, sum(u.fte) FROM team_member m JOIN app_user u ON u.id = m.user_id
                            WHERE m.team_id = :t AND u.active AND u.left_on IS NULL AND u.job_role IS NOT NULL
                            GROUP BY m.team_id, u.job_role
                            """)
                    .param("t", team).update();
        }
        // The case teams first and every third team after: a couple of vacancies in the small council, more in a large one.
        List<Long> caseTeams = jdbc.sql("SELECT id FROM team WHERE kind IN ('SAFEGUARDING', 'ASSESSMENT') ORDER BY id").query(Long.class).list();
        for (int i = 0; i < caseTeams.size(); i += 3) {
            vacancies.put(caseTeams.get(i), vacancies.size() % 2 == 0 ? 100 : 50);
        }
        if (caseTeams.size() > 1) {
            vacancies.putIfAbsent(caseTeams.get(1), 100);
        }
        vacancies.forEach((team, hundredths) -> jdbc.sql("""
                        INSERT INTO team_post (team_id, job_role, funded_fte) VALUES (:t, 'CASE_HOLDER', :f)
                        ON CONFLICT (team_id, job_role) DO UPDATE SET funded_fte = team_post.funded_fte + EXCLUDED.funded_fte
                        """)
                .param("t", team).param("f", BigDecimal.valueOf(hundredths, 2)).update());
    }
}
