package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.episode.CareLevel;
import org.opencsc.episode.CareLevels;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.oversight.DecisionInput;
import org.opencsc.oversight.DecisionKind;
import org.opencsc.oversight.Decisions;
import org.opencsc.oversight.OversightInput;
import org.opencsc.oversight.Oversights;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.protection.coregroup.CoreGroupInput;
import org.opencsc.protection.coregroup.CoreGroups;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A merge moves everything that refers to the merged person. The columns that do are read from
 * the database catalogue, so a table added later is either moved by the merge or listed, with a
 * reason, as staying on the merged record: this test fails on one that is neither.
 */
@IntegrationTest
class PersonReferencesTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    PersonReferences references;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    ContactService contacts;
    @Autowired
    CoreGroups coreGroups;
    @Autowired
    Escalations escalations;
    @Autowired
    Oversights oversights;
    @Autowired
    Decisions decisions;
    @Autowired
    CareLevels careLevels;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(personService, users, jdbc);
        today = LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ the catalogue

    /**
     * Columns named as person references, whether or not a foreign key says so, and arrays of ids
     * (which no foreign key can cover: a list of the people an event is also about, say).
     */
    private List<PersonReferences.Column> namedLikeAPersonReference() {
        return jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public'
                          AND ((data_type IN ('bigint', 'integer')
                                AND (column_name LIKE '%person\\_id' OR column_name IN ('child_id', 'kept_id', 'merged_id', 'merged_into')))
                               OR udt_name IN ('_int8', '_int4'))
                        ORDER BY 1, 2
                        """)
                .query((rs, n) -> new PersonReferences.Column(rs.getString(1), rs.getString(2))).list();
    }

    private List<PersonReferences.Column> moved() {
        return references.foreignKeysToPerson().stream().filter(c -> !PersonReferences.NOT_MOVED.containsKey(c)).toList();
    }

    @Test
    void everyColumnReferringToAPersonIsMovedByTheMergeOrListedWithWhyItIsNot() {
        List<PersonReferences.Column> foreignKeys = references.foreignKeysToPerson();
        Set<PersonReferences.Column> all = new LinkedHashSet<>(foreignKeys);
        all.addAll(namedLikeAPersonReference());
        assertThat(all).as("the catalogue query finds the person references").hasSizeGreaterThan(25);

        List<String> neither = all.stream()
                .filter(c -> !foreignKeys.contains(c) && !PersonReferences.NOT_MOVED.containsKey(c))
                .map(c -> c + " looks like a reference to people (by its name, or an array of ids) but has no foreign key to "
                        + "person(id), so a merge would not move it: add the foreign key, or list it in "
                        + "PersonReferences.NOT_MOVED with why it stays")
                .toList();
        assertThat(neither).isEmpty();
        assertThat(PersonReferences.NOT_MOVED.keySet()).as("every column listed as not moved still exists").allMatch(all::contains);
        assertThat(PersonReferences.NOT_MOVED.values()).allMatch(reason -> reason.length() > 10);

        List<String> multiColumn = jdbc.sql("""
                        SELECT conrelid::regclass::text || ' ' || conname FROM pg_constraint
                        WHERE contype = 'f' AND confrelid = 'person'::regclass AND cardinality(conkey) > 1
                        """).query(String.class).list();
        assertThat(multiColumn).as("a foreign key to person over several columns, which the merge does not handle").isEmpty();
    }

    @Test
    void everyMovedColumnCanBeUpdatedAndWhatIsKeyedByItFollows() {
        List<String> refusingUpdates = new ArrayList<>();
        List<String> notFollowing = new ArrayList<>();
        for (PersonReferences.Column c : moved()) {
            refusingUpdates.addAll(jdbc.sql("""
                            SELECT tgname FROM pg_trigger
                            WHERE tgrelid = CAST(:t AS regclass) AND NOT tgisinternal AND (tgtype & 16) <> 0
                            """).param("t", c.table()).query(String.class).list().stream()
                    .map(trigger -> c + ": trigger " + trigger + " refuses updates (an append-only table belongs in NOT_MOVED)")
                    .toList());
            notFollowing.addAll(jdbc.sql("""
                            SELECT f.conrelid::regclass::text || ' ' || f.conname FROM pg_constraint f
                            JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = ANY(f.confkey)
                            WHERE f.contype = 'f' AND f.confrelid = CAST(:t AS regclass) AND a.attname = :c AND f.confupdtype <> 'c'
                            """).param("t", c.table()).param("c", c.column()).query(String.class).list().stream()
                    .map(fk -> fk + " refers to " + c + " and must be ON UPDATE CASCADE to follow a merge").toList());
        }
        assertThat(refusingUpdates).isEmpty();
        assertThat(notFollowing).isEmpty();
    }

    // ------------------------------------------------------------------ a merge with real records

    /** Rows of each moved column (and of visit_outcome, keyed by a moved one) that refer to the person. */
    private Map<String, Long> rowsReferringTo(long personId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<PersonReferences.Column> columns = new ArrayList<>(moved());
        columns.add(new PersonReferences.Column("visit_outcome", "person_id"));
        for (PersonReferences.Column c : columns) {
            long n = jdbc.sql("SELECT count(*) FROM " + c.table() + " WHERE " + c.column() + " = ?").params(personId)
                    .query(Long.class).single();
            if (n > 0) {
                rows.put(c.toString(), n);
            }
        }
        return rows;
    }

    @Test
    void aMergeMovesVisitsPlansAssessmentsEnquiriesConferencesSupervisionAndTheRestToTheKeptRecord() {
        long kept = fixtures.child("Kai", Fixtures.uniqueSurname("Keptmerge"), LocalDate.of(2016, 3, 3));
        ProtectionJourney.Referred duplicate = journey.referredAndAllocated(today.minusDays(40));
        long merged = duplicate.child();
        ChildProtectionPlan cp = journey.onAPlan(duplicate, today.minusDays(38), today.minusDays(30), "chair");
        Api social = new Api(port, "social");
        Api manager = new Api(port, "manager");

        long assessment = created(social.post("/api/v1/assessments",
                "{\"referralId\": " + duplicate.referral() + ", \"startedOn\": \"" + today.minusDays(39) + "\"}")).get("id").asLong();
        // The conference started the CP plan's content.
        long plan = social.get("/api/v1/people/" + merged + "/child-plans").json().get(0).path("id").asLong();
        String base = "/api/v1/child-plans/" + plan;
        int draft = social.get(base + "/content").json().path("plan").path("draftVersion").asInt();
        assertThat(social.put(base + "/content", """
                {"version": %d, "childView": "I want to see my friends", "contingency": "Legal planning meeting",
                 "needs": [{"id": "n1", "text": "Kai needs to be in school",
                   "outcomes": [{"id": "o1", "text": "Kai gets to school on time", "zeroMeans": "Never", "tenMeans": "Every day", "baseline": 3}],
                   "actions": [{"id": "a1", "outcomeId": "o1", "what": "Walk Kai to school", "owner": "Mum", "dueOn": "%s"}]}]}"""
                .formatted(draft, today.plusDays(14))).status()).isEqualTo(200);
        assertThat(social.post(base + "/finalise", "{\"version\": " + social.get(base + "/content").json().path("plan").path("draftVersion").asInt() + "}").status()).isEqualTo(201);
        created(social.post(base + "/reviews", """
                {"kind": "CIN_REVIEW", "heldOn": "%s", "attendance": "Mum, Sam Social", "scores": {"o1": 5},
                 "actionsDone": {}, "decision": "Continue the plan"}""".formatted(today.minusDays(2))));
        long visit = created(social.post("/api/v1/visits", """
                {"visitedOn": "%s", "visitorRole": "SOCIAL_WORKER", "visitType": "STATUTORY", "place": "HOME",
                 "children": [{"personId": %d, "seen": true, "seenAlone": true, "childWords": "I like my bed", "outcomeIds": ["o1"]}]}"""
                .formatted(today.minusDays(1), merged))).get("id").asLong();
        long supervision = created(manager.post("/api/v1/supervision", """
                {"workerId": %d, "heldOn": "%s", "wellbeing": "Fine", "children": [{"childId": %d,
                 "reflection": "Kai is attending school again", "decisions": "Keep the plan", "actions": []}]}"""
                .formatted(journey.user("social").id(), today, merged))).get("id").asLong();
        coreGroups.record(cp.id(), new CoreGroupInput(today.minusDays(3), "Mum, school, Sam Social", true, "Better", "Keep going"),
                journey.user("social"), API);
        escalations.raise(cp.id(), "No core group for weeks", journey.user("chair"), API);
        oversights.record(merged, new OversightInput("The chronology", "Risk is reducing", List.of()), journey.user("manager"), API);
        decisions.record(merged, new DecisionInput(DecisionKind.S47, "Start a Section 47 enquiry", "Disclosure", List.of("No action")),
                journey.user("manager"), API);
        Map<String, Long> before = rowsReferringTo(merged);
        assertThat(before.keySet()).as("records of every kind made for the duplicate").containsAll(List.of(
                "contact_child.person_id", "referral.person_id", "allocation.person_id",
                "strategy_discussion.person_id", "s47_enquiry.person_id", "cp_conference.person_id", "cp_plan.person_id",
                "cp_core_group.person_id", "cp_escalation.person_id", "care_level_change.person_id", "single_assessment.person_id",
                "child_plan.person_id", "plan_review.person_id", "visit_child.person_id", "visit_outcome.person_id",
                "supervision_child.person_id", "oversight.person_id", "critical_decision.person_id"));

        Api.Response merge = manager.post("/api/v1/people/" + kept + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"Same child, created twice at the front door\"}".formatted(merged));
        assertThat(merge.status()).as(merge.body()).isEqualTo(200);

        assertThat(rowsReferringTo(merged)).as("nothing moved is left on the merged record").isEmpty();
        Map<String, Long> after = rowsReferringTo(kept);
        before.forEach((column, n) -> assertThat(after.get(column)).as(column).isEqualTo(n));

        // The kept record's pages and API show what was recorded on the duplicate.
        assertThat(social.get("/api/v1/people/" + kept + "/visits").json().path("visits").values())
                .extracting(v -> v.path("id").asLong()).containsExactly(visit);
        assertThat(social.get("/api/v1/visits/" + visit).json().path("children").get(0).path("personId").asLong()).isEqualTo(kept);
        assertThat(manager.get("/api/v1/supervision/" + supervision).json().path("children").get(0).path("personId").asLong())
                .isEqualTo(kept);
        assertThat(social.get("/api/v1/assessments/" + assessment).json().path("personId").asLong()).isEqualTo(kept);
        assertThat(social.get("/api/v1/people/" + kept + "/decisions").json().values())
                .extracting(d -> d.path("decision").asString()).contains("Start a Section 47 enquiry");
        assertThat(social.get("/api/v1/people/" + kept + "/level").json().path("current").asString()).isEqualTo(CareLevel.CP.name());
        String page = PageSession.signedIn(port, "manager").get("/people/" + kept).body();
        assertThat(page).contains("Child protection plan: neglect, since")
                .contains("Single assessment (referral " + duplicate.referral() + ")")
                .contains("No core group for weeks")
                .contains("Sam Social");
    }

    @Test
    void aRowTheKeptRecordAlreadyHasStaysOnTheMergedRecordAndTheMergeSaysSo() {
        String surname = Fixtures.uniqueSurname("Bothnamed");
        long kept = fixtures.child("Ava", surname, LocalDate.of(2017, 1, 1));
        long merged = fixtures.child("Eva", surname, LocalDate.of(2017, 1, 1));
        Instant at = today.minusDays(2).atTime(10, 0).atZone(LONDON).toInstant();
        long contact = contacts.record(new ContactInput(at, ReferralSource.SCHOOLS, "Mrs Khan", "St Mary's", null,
                "Both girls came to school hungry.", Urgency.IMMEDIATE, Consent.NOT_SOUGHT, null,
                "Seeking consent may put the children at risk", false, null, List.of(kept, merged)), journey.user("contact"), API);

        Api.Response merge = new Api(port, "manager").post("/api/v1/people/" + kept + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"One girl, entered twice on one contact\"}".formatted(merged));

        assertThat(merge.status()).as(merge.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT person_id FROM contact_child WHERE contact_id = ? ORDER BY person_id").params(contact)
                .query(Long.class).list()).containsExactly(kept, merged);
        String detail = jdbc.sql("""
                        SELECT e.detail FROM event e JOIN event_subject s ON s.event_id = e.id
                        WHERE s.person_id = ? AND e.type = 'RECORD_MERGED'
                        """).params(kept).query(String.class).single();
        assertThat(detail).contains("Already on the kept record, so left on record " + merged + ": 1 contact child");
    }

    @Test
    void twoOpenChildProtectionPlansAreNotMergedIntoOne() {
        ProtectionJourney.Referred first = journey.referredAndAllocated(today.minusDays(40));
        ProtectionJourney.Referred second = journey.referredAndAllocated(today.minusDays(40));
        journey.onAPlan(first, today.minusDays(38), today.minusDays(30), "chair");
        journey.onAPlan(second, today.minusDays(38), today.minusDays(30), "chair");

        Api.Response merge = new Api(port, "manager").post("/api/v1/people/" + first.child() + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"Same child\"}".formatted(second.child()));

        assertThat(merge.status()).as(merge.body()).isEqualTo(400);
        assertThat(merge.body()).contains("Both records have an open child protection plan");
        assertThat(jdbc.sql("SELECT merged_into IS NULL FROM person WHERE id = ?").params(second.child()).query(Boolean.class).single())
                .as("nothing of the refused merge is kept").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM cp_plan WHERE person_id = ?").params(second.child()).query(Long.class).single())
                .isEqualTo(1);
    }

    private static JsonNode created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
