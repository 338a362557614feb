package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.person.RecordRestriction;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Front door work about a restricted child does not vanish. A contact and a referral about a
 * record restricted by the North team manager ("manager", so named on it) stay in the duty queue
 * and the allocation list of everyone who works them, as lines without the child; the count and
 * the due dates are those of the whole queue. The manager sees both in full, is told on the home
 * page, and decides and allocates.
 */
@IntegrationTest
class RestrictedFrontDoorWorkTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;

    FrontDoorFixtures fx;
    String surname;
    long kai;
    long contact;
    Instant received;
    LocalDate dueOn;

    @BeforeEach
    void aContactAboutAChildWhoseRecordIsThenRestricted() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
        surname = FrontDoorFixtures.surname("Sealed");
        kai = fx.child("Kai", surname);
        // Received ten days ago, so it is overdue (even over Easter or Christmas, when three days can
        // hold no working day after it) and near the top of even a long queue.
        received = clock.instant().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        contact = contacts.record(new ContactInput(received, ReferralSource.POLICE, "PC " + surname, "Merseyside Police", null,
                "Reported about Kai " + surname, Urgency.STANDARD, Consent.NOT_SOUGHT, null,
                "Seeking consent could place the child at increased risk of significant harm", false, null, List.of(kai)),
                fx.user("contact"), FrontDoorFixtures.API);
        dueOn = fx.contact(contact).decisionDueOn();
        restriction.restrict(kai, List.of(), "Child of a member of staff", fx.user("manager"));
    }

    /** The queue withholds a contact about a restricted child: so does a contact's context, which links only what opens. */
    @Test
    void theContextListsAContactAlsoAboutARestrictedSiblingWithoutALink() {
        long amy = fx.child("Amy", surname);
        long lee = fx.child("Lee", surname);
        long both = fx.record(clock.instant().minus(5, ChronoUnit.DAYS), amy, lee);
        restriction.restrict(lee, List.of(), "Child of a member of staff", fx.user("manager"));
        long now = fx.record(clock.instant().minus(1, ChronoUnit.HOURS), amy);
        String page = PageSession.signedIn(port, "duty").get("/contacts/" + now).body();
        assertThat(page).contains("Contact " + both + ", ").doesNotContain("href=\"/contacts/" + both + "\"");
        assertThat(PageSession.signedIn(port, "duty").get("/contacts/" + both).status()).as("it would be refused").isEqualTo(403);
    }

    @Test
    void theDutyQueueKeepsTheContactAsALineWithoutTheChildForEveryoneWhoWorksIt() {
        for (String user : List.of("contact", "duty", "dutymanager")) {
            JsonNode queue = api(user).get("/api/v1/contacts").json();
            assertThat(queue.toString()).as(user).doesNotContain(surname);
            assertThat(ids(queue)).as(user).doesNotContain(contact);
            JsonNode line = withheldLine(queue, received, dueOn);
            assertThat(line).as(user + ": a line for the contact").isNotNull();
            assertThat(fieldNames(line)).as("nothing but when, when due and where it has got to")
                    .containsExactlyInAnyOrder("withheld", "receivedOn", "decisionDueOn", "status");
            assertThat(line.get("status").asString()).isEqualTo("AWAITING_DECISION");
            assertThat(queue.size()).as(user + ": the count is the whole queue's").isEqualTo(waiting(500));
        }

        String page = PageSession.signedIn(port, "duty").get("/front-door").body();
        assertThat(page).contains("Restricted record: only the staff named on it can open it")
                .doesNotContain(surname).doesNotContain("/contacts/" + contact + "\"");
        String row = rowWith(page, Dates.govuk(LondonTime.dateOf(received)) + "</td>");
        assertThat(row).contains("Restricted record").contains(Dates.govuk(dueOn)).contains("Overdue")
                .contains("Awaiting decision").doesNotContain("Police");
        assertThat(caption(page)).as("the caption counts every line").isEqualTo(Math.min(waiting(300), 300) + " contacts waiting");
        assertThat(rows(page)).isEqualTo(Math.min(waiting(300), 300));
    }

    @Test
    void usersWhoDoNotWorkTheQueueAreNotShownLinesTheyCannotOpen() {
        for (String user : List.of("social", "chair", "admin")) {
            JsonNode queue = api(user).get("/api/v1/contacts").json();
            assertThat(queue.valueStream().filter(l -> l.get("withheld").asBoolean()).toList()).as(user).isEmpty();
            assertThat(queue.toString()).as(user).doesNotContain(surname);
        }
    }

    @Test
    void theNamedManagerSeesTheContactInFullIsToldAndDecidesThenAllocatesWhileOthersSeeOnlyLines() {
        JsonNode mine = api("manager").get("/api/v1/contacts").json();
        JsonNode full = mine.valueStream().filter(l -> l.has("id") && l.get("id").asLong() == contact).findFirst().orElseThrow();
        assertThat(full.get("withheld").asBoolean()).isFalse();
        assertThat(full.get("children").get(0).get("name").asString()).isEqualTo("Kai " + surname);
        assertThat(PageSession.signedIn(port, "manager").get("/front-door").body()).contains("/contacts/" + contact + "\"")
                .contains("Kai " + surname);

        JsonNode attention = api("manager").get("/api/v1/work/attention").json();
        JsonNode told = attention.valueStream().filter(a -> a.get("personId").asLong() == kai).findFirst().orElseThrow();
        assertThat(told.get("what").asString()).contains("Contact " + contact).contains("awaits a decision")
                .contains(Dates.govuk(dueOn));
        assertThat(told.get("href").asString()).isEqualTo("/contacts/" + contact);
        assertThat(PageSession.signedIn(port, "manager").get("/").body()).contains("href=\"/contacts/" + contact + "\"");
        for (String user : List.of("dutymanager", "duty")) {
            assertThat(api(user).get("/api/v1/work/attention").body()).as(user).doesNotContain(surname);
        }

        Api.Response decided = api("manager").post("/api/v1/contacts/" + contact + "/decision", """
                {"version": %d, "outcome": "REFERRAL", "reason": "Threshold met", "primaryNeed": "N1"}"""
                .formatted(fx.version(contact)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        long referral = jdbc.sql("SELECT id FROM referral WHERE contact_id = ?").params(contact).query(Long.class).single();

        JsonNode others = api("dutymanager").get("/api/v1/referrals").json();
        assertThat(others.toString()).doesNotContain(surname).doesNotContain("\"contactId\":" + contact + ",");
        JsonNode line = others.valueStream().filter(l -> l.get("withheld").asBoolean()
                && l.get("referralDate").asString().equals(LondonTime.dateOf(received).toString())).findFirst().orElse(null);
        assertThat(line).as("a line for the referral").isNotNull();
        assertThat(fieldNames(line)).containsExactlyInAnyOrder("withheld", "referralDate");
        String allocation = PageSession.signedIn(port, "dutymanager").get("/referrals/allocation").body();
        assertThat(allocation).contains("Restricted record: only the staff named on it can open it").doesNotContain(surname)
                .doesNotContain("/referrals/" + referral + "/allocation").doesNotContain("referral-" + referral + "\"")
                .doesNotContain("tick-" + referral + "\"").doesNotContain("group-" + contact + "\"");

        assertThat(PageSession.signedIn(port, "manager").get("/referrals/allocation").body())
                .contains("id=\"tick-" + referral + "\"").contains("Kai " + surname);
        assertThat(api("manager").get("/api/v1/work/attention").json().valueStream()
                .filter(a -> a.get("personId").asLong() == kai).map(a -> a.get("what").asString()))
                .containsExactly("Referral " + referral + " of this restricted record awaits allocation. Other managers see it "
                        + "only as a restricted record: the staff named on the record must allocate it.");
        var social = fx.user("social");
        assertThat(api("social").get("/api/v1/people/" + kai).status()).as("not yet their case").isEqualTo(403);
        Api.Response allocated = api("manager").post("/api/v1/referrals/" + referral + "/allocation",
                "{\"version\": 0, \"workerId\": %d, \"teamId\": %d}".formatted(social.id(), social.teamIds().iterator().next()));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        assertThat(api("manager").get("/api/v1/work/attention").body()).doesNotContain("Kai " + surname);
        assertThat(api("social").get("/api/v1/people/" + kai).status()).as("the allocated worker opens their case").isEqualTo(200);
        assertThat(restriction.namedUsers(kai)).extracting(RecordRestriction.NamedUser::username).contains("social");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheWithheldLines() {
        JsonNode doc = new Api(port, null).get("/api/v1/openapi").json();
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(itemsOf(doc, "/api/v1/contacts")).isEqualTo("#/components/schemas/ContactQueueLine");
        assertThat(itemsOf(doc, "/api/v1/referrals")).isEqualTo("#/components/schemas/ReferralQueueLine");
        assertThat(refs(schemas.get("ContactQueueLine").get("oneOf")))
                .containsExactlyInAnyOrder("#/components/schemas/Contact", "#/components/schemas/WithheldContact");
        assertThat(refs(schemas.get("ReferralQueueLine").get("oneOf")))
                .containsExactlyInAnyOrder("#/components/schemas/Referral", "#/components/schemas/WithheldReferral");
        assertThat(fieldNames(schemas.get("WithheldContact").get("properties")))
                .containsExactlyInAnyOrder("withheld", "receivedOn", "decisionDueOn", "status");
        assertThat(fieldNames(schemas.get("WithheldReferral").get("properties"))).containsExactlyInAnyOrder("withheld", "referralDate");
        assertThat(doc.get("paths").get("/api/v1/contacts").get("get").get("description").asString())
                .contains("WithheldContact");
    }

    // ------------------------------------------------------------------ helpers

    private Api api(String user) {
        return new Api(port, user);
    }

    /** Contacts awaiting a decision, as many as a queue of this length lists. */
    private long waiting(int limit) {
        return Math.min(limit, fx.count("SELECT count(*) FROM contact WHERE status <> 'DECIDED'"));
    }

    private static JsonNode withheldLine(JsonNode queue, Instant received, LocalDate dueOn) {
        return queue.valueStream().filter(l -> l.get("withheld").asBoolean()
                        && l.get("receivedOn").asString().equals(LondonTime.dateOf(received).toString())
                        && l.get("decisionDueOn").asString().equals(dueOn.toString()))
                .findFirst().orElse(null);
    }

    private static List<Long> ids(JsonNode lines) {
        return lines.valueStream().filter(l -> l.has("id")).map(l -> l.get("id").asLong()).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> refs(JsonNode oneOf) {
        return oneOf.valueStream().map(r -> r.get("$ref").asString()).toList();
    }

    private static String itemsOf(JsonNode doc, String path) {
        JsonNode content = doc.get("paths").get(path).get("get").get("responses").get("200").get("content");
        return content.valueStream().findFirst().orElseThrow().get("schema").get("items").get("$ref").asString();
    }

    private static String rowWith(String page, String marker) {
        int at = page.indexOf(marker);
        assertThat(at).as("the page has " + marker).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static String caption(String page) {
        Matcher m = Pattern.compile("<caption[^>]*>([^<]*)</caption>").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1).trim();
    }

    /** The contacts' rows: a family's contacts share a tbody under a header row, which is not a contact. */
    private static int rows(String page) {
        String body = page.substring(page.indexOf("<tbody"), page.lastIndexOf("</tbody>"));
        return body.split("<tr ", -1).length - body.split("opencsc-family-group__header", -1).length;
    }
}
