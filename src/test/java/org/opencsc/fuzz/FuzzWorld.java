package org.opencsc.fuzz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.person.RelationshipType;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fuzzer sends requests about: its own child (referred, allocated to the North team,
 * on a child protection plan, with a contact, an assessment, a plan, a visit, supervision and
 * oversight) and its own copies of the demo users, so whatever a bad request does lands on
 * records no other test reads. The copies' passwords ("demo") are hashed at bcrypt's lowest
 * cost: the demo users' cost-10 hashes would spend most of the run in password checks.
 */
final class FuzzWorld {

    /** Who may call what, tried in this order for each operation. */
    static final List<String> ROLES = List.of("manager", "social", "dutymanager", "duty", "contact", "chair", "auditor");
    static final long MISSING = 999_999_999L;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<String, String> users = new LinkedHashMap<>();
    final Map<String, Long> ids = new LinkedHashMap<>();
    final LocalDate today;
    final Clock clock;
    final List<String> warnings = new java.util.ArrayList<>();

    private final RawHttp http;

    private FuzzWorld(RawHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    static FuzzWorld create(RawHttp http, ProtectionJourney journey, Fixtures fixtures, JdbcClient jdbc, Clock clock) {
        FuzzWorld w = new FuzzWorld(http, clock);
        String suffix = Fixtures.uniqueSurname("");
        for (String role : ROLES) {
            w.users.put(role, copyOf(jdbc, role, "fuzz" + role + suffix));
        }
        // Supervision is recorded by the worker's line manager: each copy reports to the copy of its
        // original's line manager (the fuzzer's manager supervises the fuzzer's social worker).
        w.users.forEach((source, copy) -> jdbc.sql("""
                        UPDATE app_user c SET line_manager_id = coalesce(
                            (SELECT fc.id FROM app_user fc WHERE fc.username = 'fuzz' || m.username || :suffix), m.id)
                        FROM app_user s JOIN app_user m ON m.id = s.line_manager_id
                        WHERE s.username = :source AND c.username = :copy""")
                .param("suffix", suffix).param("source", source).param("copy", copy).update());
        LocalDate today = w.today;
        ProtectionJourney.Referred referred = journey.referredAndAllocated(today.minusDays(20));
        ChildProtectionPlan cp = journey.onAPlan(referred, today.minusDays(15), today.minusDays(10), "chair");
        long child = referred.child();
        w.ids.put("child", child);
        w.ids.put("referral", referred.referral());
        w.ids.put("cpPlan", cp.id());
        w.ids.put("conference", cp.conferenceId());
        long discussion = jdbc.sql("SELECT id FROM strategy_discussion WHERE referral_id = ?").params(referred.referral())
                .query(Long.class).single();
        w.ids.put("discussion", discussion);
        w.ids.put("attendee", jdbc.sql("SELECT min(id) FROM strategy_attendee WHERE discussion_id = ?").params(discussion)
                .query(Long.class).single());
        w.ids.put("enquiry", jdbc.sql("SELECT id FROM s47_enquiry WHERE strategy_discussion_id = ?").params(discussion)
                .query(Long.class).single());
        long other = fixtures.child("Fuzz", Fixtures.uniqueSurname("Fuzzother"), today.minusYears(9));
        fixtures.allocate(other, "Safeguarding team North");
        w.ids.put("otherChild", other);
        long parent = fixtures.adult("Fuzz", Fixtures.uniqueSurname("Fuzzparent"), today.minusYears(35));
        fixtures.link(parent, child, RelationshipType.PARENT);
        w.ids.put("parent", parent);
        w.ids.put("team", jdbc.sql("SELECT id FROM team WHERE name = 'Safeguarding team North'").query(Long.class).single());
        long worker = jdbc.sql("SELECT id FROM app_user WHERE username = ?").params(w.users.get("social"))
                .query(Long.class).single();
        w.ids.put("worker", worker);
        // The fuzzer's social worker holds the child's case too, so supervision can discuss the child.
        jdbc.sql("INSERT INTO allocation (person_id, team_id, worker_id, start_date) VALUES (?, ?, ?, ?)")
                .params(child, w.ids.get("team"), worker, today.minusDays(20)).update();

        w.create("contact", "contact", "/api/v1/contacts", """
                {"receivedAt": "%s", "sourceCode": "1A", "contactorName": "A neighbour", "reported": "Shouting at night",
                 "urgency": "STANDARD", "consent": "GIVEN", "consentScope": "Mum agreed: school and health",
                 "childIds": [%d]}""".formatted(
                Instant.now(clock).minus(1, ChronoUnit.HOURS), child), "/id");
        w.create("childPlan", "social", "/api/v1/people/" + child + "/child-plans",
                "{\"kind\": \"CIN\", \"startedOn\": \"" + today.minusDays(5) + "\"}", "/plan/id");
        w.create("assessment", "social", "/api/v1/assessments",
                "{\"referralId\": " + referred.referral() + ", \"startedOn\": \"" + today.minusDays(19) + "\"}", "/id");
        w.create("escalation", "chair", "/api/v1/plans/" + cp.id() + "/escalations",
                "{\"concern\": \"No progress on the home conditions\"}", "/id");
        w.create("visit", "social", "/api/v1/visits", """
                {"visitedOn": "%s", "visitedTime": "10:00", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY",
                 "place": "HOME", "observations": "Warm home", "children": [{"personId": %d, "seen": true, "seenAlone": true,
                 "childWords": "Fine"}]}""".formatted(today.minusDays(1), child), "/id");
        w.create("supervision", "manager", "/api/v1/supervision", """
                {"workerId": %d, "heldOn": "%s", "wellbeing": "Managing", "children": [{"childId": %d,
                 "reflection": "Progress is slow", "decisions": "Keep visiting weekly", "actions": []}]}"""
                .formatted(w.ids.get("worker"), today.minusDays(1), child), "/id");
        w.create("oversight", "manager", "/api/v1/people/" + child + "/oversight",
                "{\"considered\": \"The chronology\", \"analysis\": \"Drift since spring\", \"actions\": []}", "/id");
        return w;
    }

    /** A copy of a demo user (role and teams) with a cheap hash of the same password. */
    private static String copyOf(JdbcClient jdbc, String source, String username) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").params(source).query(String.class).single();
        String cheap = new BCryptPasswordEncoder(4).encode("demo");
        // Keep the stored format: a bare bcrypt hash, or one with a {bcrypt} prefix; anything else is copied as it is.
        String copied = hash.startsWith("$2") ? cheap : hash.startsWith("{bcrypt}$2") ? "{bcrypt}" + cheap : hash;
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, email, role, active, access_expires_at,
                                              newly_qualified, employment_type, started_on)
                        SELECT :u, :hash, 'Fuzz ' || display_name, NULL, role, active, access_expires_at, newly_qualified,
                               employment_type, started_on
                        FROM app_user WHERE username = :source RETURNING id""")
                .param("u", username).param("hash", copied).param("source", source).query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) SELECT team_id, :id FROM team_member m "
                        + "JOIN app_user u ON u.id = m.user_id WHERE u.username = :source")
                .param("id", id).param("source", source).update();
        return username;
    }

    /** Creates a record through the API; if that is refused (a rule changed), the fuzzer goes on with an id that exists nowhere. */
    private void create(String name, String role, String path, String body, String idPointer) {
        RawHttp.Response r = http.send("POST", path, users.get(role), "application/json", body);
        if (r.status() / 100 == 2) {
            JsonNode id = JSON.readTree(r.body()).at(idPointer);
            if (id.isIntegralNumber()) {
                ids.put(name, id.asLong());
                return;
            }
        }
        warnings.add("could not create the " + name + " (" + r.status() + " " + r.body() + "): its operations get id " + MISSING);
        ids.put(name, MISSING);
    }

    long id(String name) {
        return ids.getOrDefault(name, MISSING);
    }

    /** The record a path parameter names, by the path segment before it: /people/{id} is the child. */
    long forPathParam(String path, String param) {
        String before = path.substring(0, path.indexOf("{" + param + "}"));
        String[] segments = before.split("/");
        String segment = segments.length == 0 ? "" : segments[segments.length - 1];
        return switch (segment) {
            case "people", "children" -> id("child");
            case "contacts" -> id("contact");
            case "referrals" -> id("referral");
            case "assessments" -> id("assessment");
            case "strategy-discussions" -> id("discussion");
            case "attendees" -> id("attendee");
            case "s47-enquiries" -> id("enquiry");
            case "conferences" -> id("conference");
            case "plans" -> id("cpPlan");
            case "child-plans" -> id("childPlan");
            case "versions" -> 1;
            case "escalations" -> id("escalation");
            case "visits" -> id("visit");
            case "supervision" -> id("supervision");
            case "workers" -> id("worker");
            case "oversight" -> id("oversight");
            default -> MISSING;
        };
    }
}
