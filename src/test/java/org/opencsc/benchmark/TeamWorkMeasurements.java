package org.opencsc.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Team work" at a large council's size: the manager of Safeguarding team North 1 (12 workers
 * in the generated council) opens the team's due and overdue list, which asks every feature
 * for the due work of every child the team holds; then one worker's list, and a worker's own
 * "my work" home page.
 */
final class TeamWorkMeasurements {

    static final int REQUESTS = 200;
    private static final int WARM_UP = 20;
    private static final Pattern ROWS = Pattern.compile("<tr class=\"govuk-table__row\">\\s*<td class=\"govuk-table__cell\">\\d");

    private final int port;
    private final JdbcClient jdbc;
    private final FrontDoorMeasurements.Check expect;

    final List<Latencies> results = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    TeamWorkMeasurements(int port, JdbcClient jdbc, FrontDoorMeasurements.Check expect) {
        this.port = port;
        this.jdbc = jdbc;
        this.expect = expect;
    }

    void run() {
        WebSession manager = WebSession.signIn(port, "manager", "demo");
        WebSession worker = WebSession.signIn(port, "social", "demo");
        long team = jdbc.sql("""
                        SELECT t.id FROM team t JOIN team_member m ON m.team_id = t.id JOIN app_user u ON u.id = m.user_id
                        WHERE u.username = 'manager'
                        """).query(Long.class).single();
        long workers = jdbc.sql("""
                        SELECT count(*) FROM team_member m JOIN app_user u ON u.id = m.user_id
                        WHERE m.team_id = ? AND u.role IN ('SOCIAL_WORKER', 'FAMILY_SUPPORT_WORKER')
                        """).params(team).query(Long.class).single();
        long children = jdbc.sql("SELECT count(DISTINCT person_id) FROM allocation WHERE team_id = ? AND end_date IS NULL")
                .params(team).query(Long.class).single();
        long busiest = jdbc.sql("""
                        SELECT worker_id FROM allocation WHERE team_id = ? AND end_date IS NULL AND worker_id IS NOT NULL
                        GROUP BY worker_id ORDER BY count(*) DESC LIMIT 1
                        """).params(team).query(Long.class).single();
        for (int i = 0; i < WARM_UP; i++) {
            expect.accept(manager.get("/team-work").status() == 200, "warm-up team work");
            expect.accept(worker.get("/").status() == 200, "warm-up my work");
        }
        String page = manager.get("/team-work").body();
        notes.add("Team work: Safeguarding team North 1 has " + workers + " workers holding " + children
                + " children; the page lists " + count(ROWS.matcher(page)) + " due items (" + overdueCount(page) + " overdue).");
        results.add(time(manager, "/team-work", "Team work /team-work (manager, whole team of " + workers + ")"));
        results.add(time(manager, "/team-work?teamId=" + team + "&workerId=" + busiest, "Team work, one worker (manager, busiest worker)"));
        results.add(time(worker, "/", "My work / (social worker)"));
    }

    private Latencies time(WebSession session, String path, String label) {
        Latencies l = new Latencies(label);
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            WebSession.Response r = session.get(path);
            l.add(System.nanoTime() - t);
            expect.accept(r.status() == 200, path + " HTTP " + r.status());
        }
        return l;
    }

    private static String overdueCount(String page) {
        Matcher m = Pattern.compile("id=\"overdue-count\">(\\d+)<").matcher(page);
        return m.find() ? m.group(1) : "?";
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
