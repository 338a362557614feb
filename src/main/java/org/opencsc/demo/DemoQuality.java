package org.opencsc.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.opencsc.quality.round.FairDraw;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Quality assurance for the large council: a case audit round each quarter for the last two years
 * and two thematic dip samples, audits of children with an open case (never a restricted one)
 * graded by section and overall, about a third moderated by a second QA officer who changes some
 * grades with a reason, and learning actions from about two audits in five, some done, some
 * overdue. The newest round is still being worked: its audits are not started or in progress.
 *
 * <p>The rounds are recorded as chosen by hand: the random draw (its filter, eligible children and
 * seed) is the rounds feature's, and a generated round should not claim a draw it did not make.
 * Uses the shipped case audit template when there is one (V60), else inserts a minimal one.
 */
final class DemoQuality {

    private static final String[] GRADES = {"OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"};
    private static final String[] THEMES = {"CHILDS_VOICE", "SEEN_ALONE", "IMPACT_OF_HELP", "PLAN_OUTCOMES", "CONTINGENCY_PLANNING",
            "MANAGEMENT_OVERSIGHT", "RISK_ASSESSMENT", "DRIFT_AND_DELAY", "MULTI_AGENCY_WORKING", "CHRONOLOGY"};
    private static final int QUARTERS = 8;

    private record Child(long personId, long teamId, Long workerId, Long managerId, LocalDate allocatedOn, LocalDate bornOn) {
    }

    private record Section(long id, List<Long> questions) {
    }

    private final JdbcClient jdbc;
    private final Random r;
    private final Instant now;
    private final LocalDate today;
    private final ZoneId zone;
    private final java.util.Map<Long, String> titles = new java.util.HashMap<>();
    private final java.util.Map<Long, String> names = new java.util.HashMap<>();
    private int audits;
    private int moderated;
    private int actions;

    DemoQuality(JdbcClient jdbc, long seed, Instant now, ZoneId zone) {
        this.jdbc = jdbc;
        this.r = new Random(seed);
        this.now = now;
        this.zone = zone;
        this.today = now.atZone(zone).toLocalDate();
    }

    /** {@code perRound}: audits in each quarter's case audit round. */
    String generate(int perRound) {
        long template = template();
        List<Section> sections = sections(template);
        long auditor = user("auditor");
        long moderator = user("auditor2");
        List<Child> children = children();
        Collections.shuffle(children, r);
        for (int q = QUARTERS - 1; q >= 1; q--) {
            LocalDate start = quarterStart(today.minusMonths(3L * q));
            long round = round("Case audits " + start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                    + " " + start.getYear(), "CASE_AUDIT", null, template, start.plusMonths(3).minusDays(1), auditor, start);
            for (int i = 0; i < perRound; i++) {
                take(children, start).ifPresent(c -> audit(round, c, template, sections, auditor, moderator, start));
            }
        }
        for (String theme : List.of("CONTINGENCY_PLANNING", "SEEN_ALONE")) {
            LocalDate start = quarterStart(today.minusMonths(6));
            long round = round("Dip sample: " + theme.toLowerCase().replace('_', ' '), "DIP_SAMPLE", theme, template,
                    start.plusMonths(2), auditor, start);
            for (int i = 0; i < Math.max(4, perRound / 3); i++) {
                take(children, start).ifPresent(c -> audit(round, c, template, sections, auditor, moderator, start));
            }
        }
        drawnRound(perRound, template, auditor);
        multiAgencyRound(children, template, auditor);
        return audits + " audits (" + moderated + " moderated), " + actions + " learning actions";
    }

    /** The next child whose case was open, and who was born, by the day a round began; taken out of the pool. */
    private static java.util.Optional<Child> take(List<Child> pool, LocalDate roundStart) {
        for (java.util.Iterator<Child> i = pool.iterator(); i.hasNext(); ) {
            Child c = i.next();
            if (!c.allocatedOn().isAfter(roundStart) && c.bornOn() != null && c.bornOn().isBefore(roundStart)) {
                i.remove();
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    private long user(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").params(username).query(Long.class).single();
    }

    /**
     * This quarter's case audits, drawn at random as the rounds feature draws them (quality.round.FairDraw
     * over the children its empty filter finds: open cases, never a restricted record), with the seed kept:
     * "draw again" on the round's page gives the same children. Not yet audited.
     */
    private void drawnRound(int size, long template, long auditor) {
        List<Child> open = jdbc.sql("""
                        SELECT DISTINCT ON (a.person_id) a.person_id, a.team_id, a.worker_id, u.line_manager_id
                        FROM allocation a JOIN person p ON p.id = a.person_id LEFT JOIN app_user u ON u.id = a.worker_id
                        WHERE a.end_date IS NULL AND p.is_child AND p.merged_into IS NULL AND NOT p.restricted
                        ORDER BY a.person_id, a.start_date DESC, a.id DESC
                        """).query((rs, n) -> new Child(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        (Long) rs.getObject(4, Long.class), null, null)).list();
        List<Long> eligible = open.stream().map(Child::personId).toList();
        long seed = 20_261_201L + r.nextInt(1_000);
        int drawn = Math.min(size, eligible.size());
        if (drawn == 0) {
            return;
        }
        LocalDate start = quarterStart(today);
        long round = jdbc.sql("""
                        INSERT INTO audit_round (title, kind, template_id, selection, filter, eligible_ids, sample_size, seed, due_on,
                                                 created_at, created_by)
                        VALUES (?, 'CASE_AUDIT', ?, 'RANDOM', '{}'::jsonb, ?, ?, ?, ?, ?, ?) RETURNING id
                        """).params("Case audits " + start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                                + " " + start.getYear(), template, eligible.toArray(Long[]::new), drawn, seed,
                        Date.valueOf(start.plusMonths(3).minusDays(1).isAfter(today) ? start.plusMonths(3).minusDays(1) : today.plusDays(14)),
                        Timestamp.from(now.minusSeconds(3 * 86_400L)), auditor)
                .query(Long.class).single();
        titles.put(round, "this quarter’s case audits");
        for (long personId : FairDraw.draw(eligible, drawn, seed)) {
            Child c = open.stream().filter(o -> o.personId() == personId).findFirst().orElseThrow();
            notYetAudited(round, c, template, auditor);
        }
    }

    /**
     * A multi-agency audit of contingency plans under way, with a health partner auditor (demo login
     * "partner") added until three weeks from now, before their account ends.
     */
    private void multiAgencyRound(List<Child> children, long template, long auditor) {
        long round = jdbc.sql("""
                        INSERT INTO audit_round (title, kind, theme, template_id, selection, due_on, created_at, created_by)
                        VALUES ('Multi-agency audit: contingency plans', 'THEMATIC', 'CONTINGENCY_PLANNING', ?, 'BY_HAND', ?, ?, ?)
                        RETURNING id
                        """).params(template, Date.valueOf(today.plusDays(21)), Timestamp.from(now.minusSeconds(7 * 86_400L)), auditor)
                .query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            take(children, today).ifPresent(c -> notYetAudited(round, c, template, auditor));
        }
        jdbc.sql("""
                        INSERT INTO audit_round_partner (round_id, user_id, agency, last_day, added_at, added_by)
                        VALUES (?, ?, 'HEALTH', ?, ?, ?)
                        """).params(round, user("partner"), Date.valueOf(today.plusDays(21)), Timestamp.from(now.minusSeconds(7 * 86_400L)),
                        auditor).update();
    }

    private void notYetAudited(long round, Child c, long template, long auditor) {
        audits++;
        String status = r.nextBoolean() ? "NOT_STARTED" : "IN_PROGRESS";
        jdbc.sql("""
                        INSERT INTO audit (round_id, person_id, template_id, auditor_id, worker_id, worker_manager_id, team_id, status, started_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).params(round, c.personId(), template, auditor, c.workerId(), c.managerId(), c.teamId(), status,
                        status.equals("IN_PROGRESS") ? Timestamp.from(now.minusSeconds(86_400)) : null).update();
    }

    private long template() {
        List<Long> shipped = jdbc.sql("SELECT id FROM audit_template WHERE kind = 'CASE_AUDIT' AND superseded_at IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).list();
        if (!shipped.isEmpty()) {
            return shipped.getFirst();
        }
        long id = jdbc.sql("""
                        INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at)
                        VALUES (0, 1, 'Case audit: the child’s experience', 'What difference our help has made to the child', 'CASE_AUDIT', :at)
                        RETURNING id
                        """).param("at", Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("UPDATE audit_template SET series_id = id WHERE id = :id").param("id", id).update();
        String[][] content = {
                {"The impact of help", "What has changed for the child since we became involved?", "Is the plan making a difference the child would notice?"},
                {"The child’s voice", "Was the child seen alone, and are their words recorded?", "Do decisions show what the child said?"},
                {"Management oversight", "Is there regular, reflective management oversight?", "Are risks and contingencies analysed, not only listed?"}};
        for (int s = 0; s < content.length; s++) {
            long section = jdbc.sql("INSERT INTO audit_template_section (template_id, position, title) VALUES (?, ?, ?) RETURNING id")
                    .params(id, s + 1, content[s][0]).query(Long.class).single();
            for (int q = 1; q < content[s].length; q++) {
                jdbc.sql("INSERT INTO audit_template_question (section_id, position, question) VALUES (?, ?, ?)")
                        .params(section, q, content[s][q]).update();
            }
        }
        return id;
    }

    private List<Section> sections(long template) {
        List<Section> sections = new ArrayList<>();
        for (long s : jdbc.sql("SELECT id FROM audit_template_section WHERE template_id = ? ORDER BY position").params(template)
                .query(Long.class).list()) {
            sections.add(new Section(s, jdbc.sql("SELECT id FROM audit_template_question WHERE section_id = ? AND agency IS NULL ORDER BY position")
                    .params(s).query(Long.class).list()));
        }
        return sections;
    }

    private List<Child> children() {
        return new ArrayList<>(jdbc.sql("""
                        SELECT a.person_id, a.team_id, a.worker_id, u.line_manager_id, a.start_date, p.date_of_birth FROM allocation a
                        JOIN person p ON p.id = a.person_id JOIN app_user u ON u.id = a.worker_id
                        WHERE a.end_date IS NULL AND a.worker_id IS NOT NULL AND p.is_child AND NOT p.restricted
                        ORDER BY a.person_id
                        """).query((rs, n) -> new Child(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4, Long.class),
                        rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list().stream().collect(java.util.stream.Collectors.toMap(Child::personId, c -> c, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values());
    }

    private long round(String title, String kind, String theme, long template, LocalDate dueOn, long auditor, LocalDate start) {
        long id = jdbc.sql("""
                        INSERT INTO audit_round (title, kind, theme, template_id, selection, due_on, created_at, created_by, closed_at)
                        VALUES (?, ?, ?, ?, 'BY_HAND', ?, ?, ?, ?) RETURNING id
                        """).params(title, kind, theme, template, Date.valueOf(dueOn), at(start), auditor,
                        dueOn.isBefore(today.minusDays(30)) ? at(dueOn.plusDays(14)) : null)
                .query(Long.class).single();
        titles.put(id, title);
        return id;
    }

    /** The chronology entry the audit feature writes (quality.audit): who audited with whom, never the grades. */
    private void event(String type, Timestamp at, String by, String summary, String detail, long personId) {
        long id = jdbc.sql("INSERT INTO event (type, occurred_at, recorded_at, recorded_by, summary, detail) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(type, at, at, by, summary, detail).query(Long.class).single();
        jdbc.sql("INSERT INTO event_subject (event_id, person_id, occurred_at) VALUES (?, ?, ?)").params(id, personId, at).update();
    }

    private String name(Long userId) {
        return userId == null ? null : names.computeIfAbsent(userId, id -> jdbc.sql("SELECT display_name FROM app_user WHERE id = ?")
                .params(id).query(String.class).single());
    }

    private void audit(long round, Child c, long template, List<Section> sections, long auditor, long moderator, LocalDate start) {
        audits++;
        int overall = grade();
        LocalDate completedOn = start.plusDays(10 + r.nextInt(70));
        if (!completedOn.isBefore(today)) {
            completedOn = today.minusDays(1);
        }
        Timestamp completedAt = at(completedOn);
        String themes = themesFound();
        long audit = jdbc.sql("""
                        INSERT INTO audit (round_id, person_id, template_id, auditor_id, worker_id, worker_manager_id, team_id, status,
                                           overall_grade, summary, themes_found, worker_reflection, worker_reflection_at,
                                           worker_reflection_by, started_at, completed_at, completed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?::text[], ?, ?, ?, ?, ?, ?) RETURNING id
                        """).params(round, c.personId(), template, auditor, c.workerId(), c.managerId(), c.teamId(), GRADES[overall],
                        "The child’s experience is " + GRADES[overall].toLowerCase().replace('_', ' ') + "; see the sections.", themes,
                        "I agree the child’s voice could be clearer in my recording.", completedAt, c.workerId(),
                        at(completedOn.minusDays(3)), completedAt, auditor)
                .query(Long.class).single();
        event("AUDIT_COMPLETED", completedAt, name(auditor), "Case audit completed: " + titles.get(round),
                "Audited by " + name(auditor) + " with " + name(c.workerId()) + ". The findings and grades are kept with the audit,"
                        + " for the quality assurance team, the worker and their managers.", c.personId());
        int[] sectionGrades = new int[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            sectionGrades[s] = Math.max(0, Math.min(3, overall + r.nextInt(3) - 1));
            for (long q : sections.get(s).questions()) {
                jdbc.sql("INSERT INTO audit_answer (audit_id, question_id, answer, answered_at, answered_by) VALUES (?, ?, ?, ?, ?)")
                        .params(audit, q, "Seen in the record: visits, plan reviews and the child’s words.", completedAt, auditor).update();
            }
            jdbc.sql("INSERT INTO audit_section_grade (audit_id, section_id, grade) VALUES (?, ?, ?)")
                    .params(audit, sections.get(s).id(), GRADES[sectionGrades[s]]).update();
        }
        LocalDate moderatedOn = completedOn.plusDays(7 + r.nextInt(14));
        if (r.nextInt(3) == 0 && moderatedOn.isBefore(today)) {
            Timestamp at = at(moderatedOn);
            moderate(audit, sections, sectionGrades, overall, moderator, at);
            event("AUDIT_MODERATED", at, name(moderator), "Case audit moderated: " + titles.get(round),
                    "Moderated by " + name(moderator) + ", a second auditor. The moderation is kept with the audit.", c.personId());
        }
        if (r.nextInt(5) < 2) {
            action(audit, c, completedOn, auditor);
        }
    }

    private void moderate(long audit, List<Section> sections, int[] sectionGrades, int overall, long moderator, Timestamp at) {
        moderated++;
        int changed = 0;
        for (int s = 0; s < sections.size(); s++) {
            if (r.nextInt(6) == 0) {
                int to = sectionGrades[s] == 0 ? 1 : sectionGrades[s] - (r.nextBoolean() && sectionGrades[s] < 3 ? -1 : 1);
                jdbc.sql("UPDATE audit_section_grade SET moderated_grade = ?, moderation_reason = ? WHERE audit_id = ? AND section_id = ?")
                        .params(GRADES[to], "The evidence in the record supports a different judgement.", audit, sections.get(s).id()).update();
                changed++;
            }
        }
        String overallTo = null;
        if (r.nextInt(5) == 0) {
            overallTo = GRADES[overall == 3 ? 2 : overall + 1];
            changed++;
        }
        jdbc.sql("""
                        UPDATE audit SET status = 'MODERATED', moderated_overall_grade = ?, moderated_overall_reason = ? WHERE id = ?
                        """).params(overallTo, overallTo == null ? null : "Impact for the child is less clear than the grade says.", audit)
                .update();
        jdbc.sql("INSERT INTO audit_moderation (audit_id, moderator_id, moderated_at, comment, grades_changed, grades_seen) VALUES (?, ?, ?, ?, ?, ?)")
                .params(audit, moderator, at, "Discussed with the auditor.", changed, sections.size() + 1).update();
    }

    private void action(long audit, Child c, LocalDate completedOn, long auditor) {
        actions++;
        LocalDate due = completedOn.plusDays(28 + r.nextInt(35));
        boolean done = due.isBefore(today) && r.nextInt(10) < 7;
        boolean team = r.nextInt(4) == 0;
        long owner = team && c.managerId() != null ? c.managerId() : c.workerId();
        jdbc.sql("""
                        INSERT INTO learning_action (audit_id, round_id, person_id, level, action, owner_id, team_id, due_on, created_at,
                                                     created_by, completed_on, completed_at, completed_by, evidence)
                        VALUES (?, (SELECT round_id FROM audit WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).params(audit, audit, team ? null : c.personId(), team ? "TEAM" : "WORKER",
                        team ? "Team session on writing contingency plans that say who does what" : "Record the child’s own words at each visit",
                        owner, team ? c.teamId() : null, Date.valueOf(due),
                        at(completedOn), auditor, done ? Date.valueOf(due.minusDays(2)) : null, done ? at(due.minusDays(2)) : null,
                        done ? owner : null, done ? "The last three visit notes quote the child." : null)
                .update();
    }

    /** Grades as audits in councils spread: mostly good or requires improvement. */
    private int grade() {
        int n = r.nextInt(100);
        return n < 8 ? 0 : n < 50 ? 1 : n < 88 ? 2 : 3;
    }

    private String themesFound() {
        int n = r.nextInt(3);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String t = THEMES[r.nextInt(THEMES.length)];
            if (!found.contains(t)) {
                found.add(t);
            }
        }
        return "{" + String.join(",", found) + "}";
    }

    private static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
    }

    private Timestamp at(LocalDate day) {
        Instant at = day.atTime(LocalTime.of(10 + r.nextInt(6), r.nextInt(60))).atZone(zone).toInstant();
        return Timestamp.from(at.isAfter(now) ? now.minusSeconds(3_600) : at);
    }
}
