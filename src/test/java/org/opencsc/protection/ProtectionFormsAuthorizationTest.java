package org.opencsc.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencsc.protection.chair.Escalations;
import org.opencsc.protection.conference.ReviewConferences;
import org.opencsc.protection.conference.ReviewDecision;
import org.opencsc.protection.enquiry.S47Outcome;
import org.opencsc.security.DemoMode;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every protection form, for every demo login: the form is offered (GET) exactly when sending it
 * (POST) is allowed, and both follow {@link #WHO_TAKES_WHICH_STEP}, a table written to be read by
 * a person checking the rules, not derived from the code. The forms are sent blank, so an
 * allowed one comes back with its errors and nothing is saved; a refused one is the GOV.UK
 * refusal page, 403, logged on the child's record.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectionFormsAuthorizationTest {

    /**
     * Who takes each step for a child allocated to Sam Social in Safeguarding team North (Y = may).
     * Social workers and managers (front door and team) hold strategy discussions, record each
     * party's sign-off, correct them and record the enquiry's outcome; chairs (or a team manager for
     * them) record conferences; the social worker or their team manager records core groups; only
     * chairs escalate and only team managers respond. Sasha South and her manager (South) cannot open a North child at all.
     */
    static final String WHO_TAKES_WHICH_STEP = """
            user        | strategy | sign-off | correct | outcome | initial | review | core group | escalate | respond
            ------------+----------+----------+---------+---------+---------+--------+------------+----------+--------
            contact     |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            duty        |    Y     |    Y     |    Y    |    Y    |    -    |   -    |     -      |    -     |   -
            dutymanager |    Y     |    Y     |    Y    |    Y    |    -    |   -    |     -      |    -     |   -
            social      |    Y     |    Y     |    Y    |    Y    |    -    |   -    |     Y      |    -     |   -
            social2     |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            family      |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            manager     |    Y     |    Y     |    Y    |    Y    |    Y    |   Y    |     Y      |    -     |   Y
            manager2    |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            chair       |    -     |    -     |    -    |    -    |    Y    |   Y    |     -      |    Y     |   -
            legal       |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            auditor     |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            auditor2    |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            dataofficer |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            leader      |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            inspector   |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            partner     |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            admin       |    -     |    -     |    -    |    -    |    -    |   -    |     -      |    -     |   -
            """;

    /** The forms, in the table's column order. */
    enum Form { STRATEGY, SIGN_OFF, CORRECT, OUTCOME, INITIAL, REVIEW, CORE_GROUP, ESCALATE, RESPOND }

    static Map<String, Map<Form, Boolean>> table() {
        Map<String, Map<Form, Boolean>> rows = new LinkedHashMap<>();
        for (String line : WHO_TAKES_WHICH_STEP.lines().skip(2).toList()) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            Map<Form, Boolean> may = new EnumMap<>(Form.class);
            for (Form f : Form.values()) {
                may.put(f, switch (cells[1 + f.ordinal()]) {
                    case "Y" -> true;
                    case "-" -> false;
                    default -> throw new IllegalArgumentException("Cells are Y or -");
                });
            }
            rows.put(cells[0], may);
        }
        return rows;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        table().forEach((user, may) -> may.forEach((form, allowed) -> cases.add(Arguments.of(user, form, allowed))));
        return cases.stream();
    }

    @Autowired
    ProtectionJourney journey;
    @Autowired
    Escalations escalations;
    @Autowired
    ReviewConferences reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    final Map<String, PageSession> sessions = new LinkedHashMap<>();
    ProtectionJourney.Referred referred;
    long discussion;
    long attendee;
    long awaitingOutcome;
    long awaitingConference;
    ChildProtectionPlan plan;
    long escalation;

    @BeforeAll
    void aChildAtEveryStep() {
        LocalDate today = clock.today();
        referred = journey.referredAndAllocated(today.minusDays(12));
        awaitingOutcome = journey.s47Started(referred, today.minusDays(10));
        discussion = jdbc.sql("SELECT strategy_discussion_id FROM s47_enquiry WHERE id = ?").params(awaitingOutcome)
                .query(Long.class).single();
        attendee = jdbc.sql("SELECT min(id) FROM strategy_attendee WHERE discussion_id = ?").params(discussion)
                .query(Long.class).single();

        var second = journey.referredAndAllocated(today.minusDays(12));
        awaitingConference = journey.s47Started(second, today.minusDays(10));
        journey.s47Completed(awaitingConference, S47Outcome.ICPC_REQUIRED, today.minusDays(5));

        var third = journey.referredAndAllocated(today.minusDays(30));
        plan = journey.onAPlan(third, today.minusDays(25), today.minusDays(12), "chair");
        escalation = escalations.raise(plan.id(), "Core group actions not done", journey.user("chair"), ProtectionJourney.API);
    }

    @Test
    void theTableCoversEveryDemoLogin() {
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(DemoMode.LOGINS);
    }

    @ParameterizedTest(name = "{0} | {1} -> may: {2}")
    @MethodSource("matrix")
    void theFormIsOfferedExactlyWhenSendingItIsAllowed(String user, Form form, boolean allowed) {
        PageSession session = sessions.computeIfAbsent(user, u -> PageSession.signedIn(port, u));
        long child = childOf(form);
        long refusalsBefore = refusals(child, user);

        PageSession.Page get = session.get(formPage(form));
        boolean offered = get.status() == 200 && get.body().contains(submitButton(form));
        PageSession.Page post = session.post(action(form), "_csrf", session.get("/").csrf(), "version", "-1");
        boolean sendable = post.status() != 403;

        assertThat(offered).as("%s is offered %s (GET %s)", user, form, get.status()).isEqualTo(sendable);
        assertThat(offered).as("%s may take %s, by the table", user, form).isEqualTo(allowed);
        if (!allowed) {
            assertThat(post.status()).isEqualTo(403);
            assertThat(post.body()).contains("You do not have access");
            if (get.status() == 403) {
                assertThat(get.body()).contains("You do not have access");
            }
            assertThat(refusals(child, user) - refusalsBefore).as("each refusal is in the child's access log")
                    .isEqualTo(get.status() == 403 ? 2 : 1);
        } else {
            // Sent blank (or stale): explained on the page, never saved.
            assertThat(post.status()).as(post.body()).isIn(200, 409);
            assertThat(post.body()).contains("There is a problem");
        }
    }

    @Test
    void nothingWasSavedByTheBlankForms() {
        assertThat(jdbc.sql("SELECT count(*) FROM strategy_attendee WHERE discussion_id = ? AND signed_off_at IS NOT NULL")
                .params(discussion).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT completed_on IS NULL FROM s47_enquiry WHERE id = ?").params(awaitingOutcome)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM cp_conference WHERE s47_enquiry_id = ?").params(awaitingConference)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT responded_on IS NULL FROM cp_escalation WHERE id = ?").params(escalation)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aFormSentWithoutTheVersionItWasReadAtSaysSoAndSavesNothing() {
        PageSession social = PageSession.signedIn(port, "social");
        LocalDate today = clock.today();
        PageSession.Page form = social.get("/s47-enquiries/" + awaitingOutcome + "/outcome");
        PageSession.Page sent = social.post("/s47-enquiries/" + awaitingOutcome + "/outcome", "_csrf", form.csrf(),
                "outcome", "CONCERNS_NOT_SUBSTANTIATED", "outcomeReason", "Without a version",
                "completedOnDay", String.valueOf(today.getDayOfMonth()), "completedOnMonth", String.valueOf(today.getMonthValue()),
                "completedOnYear", String.valueOf(today.getYear()));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("sent without the version of the record it was based on").contains("Without a version")
                .doesNotContain("changed by someone else");
        assertThat(jdbc.sql("SELECT completed_on IS NULL FROM s47_enquiry WHERE id = ?").params(awaitingOutcome)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aStepAlreadyTakenShowsWhatWasRecordedInsteadOfAFreshForm() {
        PageSession social = PageSession.signedIn(port, "social");
        PageSession chair = PageSession.signedIn(port, "chair");
        PageSession manager = PageSession.signedIn(port, "manager");

        // The outcome of the enquiry that led to the plan's conference is recorded.
        long planEnquiry = jdbc.sql("SELECT s47_enquiry_id FROM cp_conference WHERE id = ?").params(plan.conferenceId())
                .query(Long.class).single();
        PageSession.Page outcome = social.get("/s47-enquiries/" + planEnquiry + "/outcome");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).contains("it cannot be recorded again").contains("Medical and interviews")
                .doesNotContain("id=\"save-outcome\"");
        PageSession.Page again = social.post("/s47-enquiries/" + planEnquiry + "/outcome", "_csrf", outcome.csrf(),
                "version", "-1", "outcome", "CONCERNS_NOT_SUBSTANTIATED", "outcomeReason", "Second go");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Nothing was saved").doesNotContain("Second go");

        // Its conference is held: the recorded conference, not a form prefilled with the chair's name.
        PageSession.Page held = chair.get("/s47-enquiries/" + planEnquiry + "/conference");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("it cannot be recorded again").contains("Kai said he is hungry at home")
                .contains("Child protection plan: neglect").doesNotContain("id=\"save-conference\"");
        assertThat(chair.post("/s47-enquiries/" + planEnquiry + "/conference", "_csrf", held.csrf()).status()).isEqualTo(409);

        // An enquiry without an outcome yet: no conference form until it has one.
        PageSession.Page early = chair.get("/s47-enquiries/" + awaitingOutcome + "/conference");
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("has no outcome yet").doesNotContain("id=\"save-conference\"");

        // An answered escalation shows its answer.
        long answered = escalations.raise(plan.id(), "Visits missed", journey.user("chair"), ProtectionJourney.API);
        escalations.respond(answered, "Visits booked weekly from Monday", journey.user("manager"), ProtectionJourney.API);
        PageSession.Page response = manager.get("/escalations/" + answered + "/response");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("it cannot be answered again").contains("Visits booked weekly from Monday")
                .doesNotContain("id=\"save-response\"");
        assertThat(manager.post("/escalations/" + answered + "/response", "_csrf", response.csrf(), "text", "Again").status())
                .isEqualTo(409);
    }

    @Test
    void anEndedPlanHasNoReviewCoreGroupOrEscalationToRecord() {
        LocalDate today = clock.today();
        var r = journey.referredAndAllocated(today.minusDays(40));
        ChildProtectionPlan ended = journey.onAPlan(r, today.minusDays(35), today.minusDays(20), "chair");
        reviews.record(ProtectionJourney.reviewConference(ended.id(), today.minusDays(2), ReviewDecision.END_PLAN, null),
                journey.user("chair"), ProtectionJourney.API);
        PageSession chair = PageSession.signedIn(port, "chair");
        PageSession social = PageSession.signedIn(port, "social");

        for (var visit : List.of(new Object[] {chair, "/plans/" + ended.id() + "/review-conference", "id=\"save-review\""},
                new Object[] {social, "/plans/" + ended.id() + "/core-group", "id=\"save-core-group\""},
                new Object[] {chair, "/plans/" + ended.id() + "/escalation", "id=\"save-escalation\""})) {
            PageSession session = (PageSession) visit[0];
            String path = (String) visit[1];
            PageSession.Page page = session.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("This child protection plan ended on").doesNotContain((String) visit[2]);
            assertThat(session.post(path, "_csrf", page.csrf()).status()).as(path).isEqualTo(409);
        }
    }

    private long childOf(Form form) {
        return switch (form) {
            case STRATEGY, SIGN_OFF, CORRECT, OUTCOME -> referred.child();
            case INITIAL -> jdbc.sql("SELECT person_id FROM s47_enquiry WHERE id = ?").params(awaitingConference)
                    .query(Long.class).single();
            case REVIEW, CORE_GROUP, ESCALATE, RESPOND -> plan.personId();
        };
    }

    /** Where the form is shown: its own page, or for sign-off and correction the discussion's page. */
    private String formPage(Form form) {
        return switch (form) {
            case STRATEGY -> "/referrals/" + referred.referral() + "/strategy-discussion";
            case SIGN_OFF, CORRECT -> "/strategy-discussions/" + discussion;
            case OUTCOME -> "/s47-enquiries/" + awaitingOutcome + "/outcome";
            case INITIAL -> "/s47-enquiries/" + awaitingConference + "/conference";
            case REVIEW -> "/plans/" + plan.id() + "/review-conference";
            case CORE_GROUP -> "/plans/" + plan.id() + "/core-group";
            case ESCALATE -> "/plans/" + plan.id() + "/escalation";
            case RESPOND -> "/escalations/" + escalation + "/response";
        };
    }

    private String action(Form form) {
        return switch (form) {
            case SIGN_OFF -> "/strategy-discussions/" + discussion + "/attendees/" + attendee + "/sign-off";
            case CORRECT -> "/strategy-discussions/" + discussion + "/amendments";
            default -> formPage(form);
        };
    }

    private String submitButton(Form form) {
        return switch (form) {
            case STRATEGY -> "id=\"save-strategy-discussion\"";
            case SIGN_OFF -> "id=\"sign-off-" + attendee + "\"";
            case CORRECT -> "id=\"save-correction\"";
            case OUTCOME -> "id=\"save-outcome\"";
            case INITIAL -> "id=\"save-conference\"";
            case REVIEW -> "id=\"save-review\"";
            case CORE_GROUP -> "id=\"save-core-group\"";
            case ESCALATE -> "id=\"save-escalation\"";
            case RESPOND -> "id=\"save-response\"";
        };
    }

    private long refusals(long personId, String username) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = ? AND username = ? AND action = 'DENIED'")
                .params(personId, username).query(Long.class).single();
    }
}
