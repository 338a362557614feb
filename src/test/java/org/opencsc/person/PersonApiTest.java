package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The people and chronology API over real HTTP as the contact officer (who sees unallocated
 * people, so every record made here is theirs to read). Bad input is always a 400 naming the
 * field, never a 500.
 */
@IntegrationTest
class PersonApiTest {

    private static final Random RANDOM = new Random();

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Fixtures fixtures;
    String surname;

    @BeforeEach
    void setUp() {
        api = new Api(port, "contact");
        fixtures = new Fixtures(personService, users, jdbc);
        surname = Fixtures.uniqueSurname("Apitest");
    }

    /** A valid NHS number no other record has (random, with its check digit). */
    private String freshNhsNumber() {
        while (true) {
            String nhs = NhsNumber.withCheckDigit(String.valueOf(100_000_000 + RANDOM.nextInt(800_000_000)));
            boolean taken = nhs == null || jdbc.sql("SELECT count(*) FROM person WHERE nhs_number = :n")
                    .param("n", nhs).query(Long.class).single() > 0;
            if (!taken) {
                return nhs;
            }
        }
    }

    private static String validUpn() {
        String twelve = "80120011" + String.format("%04d", RANDOM.nextInt(10_000));
        return UniquePupilNumber.checkLetter(twelve) + twelve;
    }

    private String person(String given, String dob, String extra) {
        return """
                {"child": true, "givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "gender": "2"%s}"""
                .formatted(given, surname, dob, extra == null ? "" : ", " + extra);
    }

    private long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    private static List<String> errorFields(Api.Response r) {
        assertProblem(r, 400);
        List<String> fields = new ArrayList<>();
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as("an errors list in " + r.body()).isNotNull();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    // ------------------------------------------------------------------ create

    @Test
    void createsAPersonWithLocationAndBody() {
        String nhs = freshNhsNumber();
        String upn = validUpn();
        Api.Response r = api.post("/api/v1/people", """
                {"child": true, "givenName": "Poppy", "familyName": "%s", "dateOfBirth": "2016-05-04",
                 "gender": "FEMALE", "ethnicity": "WBRI", "nhsNumber": "%s", "upn": "%s", "firstLanguage": "English",
                 "disabilities": ["MOB", "HEAR"],
                 "formerNames": [{"givenName": "Poppy", "familyName": "%sold"}],
                 "address": {"line1": "1 High Street", "town": "Leeds", "postcode": "ls1 4ap"}}"""
                .formatted(surname, nhs, upn, surname));

        long id = created(r);
        assertThat(r.header("Location")).isEqualTo("/api/v1/people/" + id);
        JsonNode body = r.json();
        assertThat(body.get("familyName").asString()).isEqualTo(surname);
        assertThat(body.get("fullName").asString()).isEqualTo("Poppy " + surname);
        assertThat(body.get("dateOfBirth").asString()).isEqualTo("2016-05-04");
        assertThat(body.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(body.get("ethnicity").asString()).isEqualTo("WBRI");
        assertThat(body.get("nhsNumber").asString()).isEqualTo(nhs);
        assertThat(body.get("upn").asString()).isEqualTo(upn);
        assertThat(body.get("disabilities").values()).extracting(JsonNode::asString).containsExactlyInAnyOrder("MOB", "HEAR");
        assertThat(body.get("addresses").get(0).get("postcode").asString()).isEqualTo("LS1 4AP");
        assertThat(body.get("otherNames").get(0).get("familyName").asString()).isEqualTo(surname + "old");

        Api.Response read = api.get("/api/v1/people/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("nhsNumber").asString()).isEqualTo(nhs);
    }

    @Test
    void missingFamilyNameIsAFieldError() {
        Api.Response r = api.post("/api/v1/people", """
                {"child": true, "givenName": "Ann", "dateOfBirth": "2015-01-01"}""");
        assertThat(errorFields(r)).containsExactly("familyName");
    }

    @Test
    void badNhsCheckDigitIsAFieldError() {
        String valid = freshNhsNumber();
        String wrong = valid.substring(0, 9) + ((valid.charAt(9) - '0' + 1) % 10);
        Api.Response r = api.post("/api/v1/people", person("Ann", "2015-01-01", "\"nhsNumber\": \"" + wrong + "\""));
        assertThat(errorFields(r)).containsExactly("nhsNumber");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("check digit");
    }

    @Test
    void dateOfBirthInTheFutureIsAFieldError() {
        Api.Response r = api.post("/api/v1/people", person("Ann", clock.today().plusDays(2).toString(), null));
        assertThat(errorFields(r)).containsExactly("dateOfBirth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-45", "2021-02-29", "01/02/2020", "yesterday"})
    void malformedDateIsAFieldError(String date) {
        Api.Response r = api.post("/api/v1/people", person("Ann", date, null));
        assertThat(errorFields(r)).containsExactly("dateOfBirth");
    }

    @Test
    void unknownEthnicityCodeIsAFieldError() {
        Api.Response r = api.post("/api/v1/people", person("Ann", "2015-01-01", "\"ethnicity\": \"XXXX\""));
        assertThat(errorFields(r)).containsExactly("ethnicity");
    }

    @Test
    void unknownDisabilityCodeIsAFieldError() {
        Api.Response r = api.post("/api/v1/people", person("Ann", "2015-01-01", "\"disabilities\": [\"MOB\", \"WINGS\"]"));
        assertThat(errorFields(r)).containsExactly("disabilities");
        assertThat(r.body()).contains("WINGS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z801200112345", "A12345", "1801200112345"})
    void badUpnIsAFieldError(String upn) {
        Api.Response r = api.post("/api/v1/people", person("Ann", "2015-01-01", "\"upn\": \"" + upn + "\""));
        assertThat(errorFields(r)).containsExactly("upn");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Api.Response r = api.post("/api/v1/people", """
                {"child": true, "givenName": "Ann", "dateOfBirth": "2099-01-01", "ethnicity": "XXXX", "upn": "bad"}""");
        assertThat(errorFields(r)).containsExactlyInAnyOrder("familyName", "dateOfBirth", "ethnicity", "upn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"child\": true, \"familyName\": ", "not json", "[]", "", "{\"child\": \"perhaps\"}",
            "{\"disabilities\": {\"a\": 1}}"})
    void malformedBodyIs400ProblemJson(String body) {
        assertProblem(api.post("/api/v1/people", body), 400);
    }

    @Test
    void oddButWellFormedValuesAreFieldErrorsNotServerErrors() {
        // Nulls inside lists: each must come back as a field problem, not a NullPointerException.
        assertProblem(api.post("/api/v1/people", person("Ann", "2015-01-01", "\"formerNames\": [null]")), 400);
        assertProblem(api.post("/api/v1/people", person("Ann", "2015-01-01", "\"disabilities\": [null]")), 400);
        assertProblem(api.post("/api/v1/people", person("Ann", "2015-01-01",
                "\"address\": {\"line1\": \"1 Road\", \"postcode\": \"LS1 4AP\", \"since\": \"2099-01-01\"}")), 400);
        assertProblem(api.post("/api/v1/people", person("Ann", "2015-01-01",
                "\"address\": {\"line1\": \"1 Road\", \"postcode\": \"NOTAPOSTCODE\"}")), 400);
    }

    // ------------------------------------------------------------------ duplicates and search

    @Test
    void aPossibleDuplicateIs409WithCandidatesUntilConfirmed() {
        long first = created(api.post("/api/v1/people", person("Harriet", "2013-08-20", null)));
        String again = """
                {"child": true, "givenName": "Hattie", "familyName": "%s", "dateOfBirth": "2013-08-20"%s}""";

        Api.Response conflict = api.post("/api/v1/people", again.formatted(surname, ""));
        assertProblem(conflict, 409);
        List<Long> candidates = new ArrayList<>();
        conflict.json().get("candidates").forEach(c -> candidates.add(c.get("id").asLong()));
        assertThat(candidates).contains(first);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = :s").param("s", surname)
                .query(Long.class).single()).as("nothing written on a 409").isEqualTo(1);

        long second = created(api.post("/api/v1/people", again.formatted(surname, ", \"confirmNotDuplicate\": true")));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void searchFindsByNameAndDateOfBirth() {
        long id = created(api.post("/api/v1/people", person("Katherine", "2014-06-01", null)));

        Api.Response r = api.get("/api/v1/people?name=Kathrine+" + surname + "&dateOfBirth=2014-06-01");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get(0).get("id").asLong()).isEqualTo(id);
        assertThat(r.json().get(0).get("canOpen").asBoolean()).isTrue();
        assertThat(errorFields(api.get("/api/v1/people?name=" + surname + "&dateOfBirth=2014-02-30")))
                .containsExactly("dateOfBirth");
        assertThat(errorFields(api.get("/api/v1/people"))).containsExactly("name");
        assertThat(errorFields(api.get("/api/v1/people?name=" + surname + "&limit=0"))).containsExactly("limit");
        assertProblem(api.get("/api/v1/people?name=" + surname + "&limit=lots"), 400);
    }

    // ------------------------------------------------------------------ relationships

    @Test
    void linksFamilyMembers() {
        long child = fixtures.child("Ella", surname, LocalDate.of(2017, 3, 3));
        long mother = fixtures.adult("Erin", surname, LocalDate.of(1990, 3, 3));

        Api.Response r = api.post("/api/v1/people/" + mother + "/relationships", """
                {"relatedPersonId": %d, "type": "PARENT", "parentalResponsibility": true}""".formatted(child));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode family = api.get("/api/v1/people/" + child).json().get("family");
        assertThat(family).hasSize(1);
        assertThat(family.get(0).get("personId").asLong()).isEqualTo(mother);
        assertThat(family.get(0).get("relationshipLabel").asString()).isEqualTo("Parent");
        JsonNode motherFamily = api.get("/api/v1/people/" + mother).json().get("family");
        assertThat(motherFamily.get(0).get("relationshipLabel").asString()).isEqualTo("Child");
    }

    @Test
    void badRelationshipsAre400() {
        long child = fixtures.child("Finn", surname, LocalDate.of(2017, 3, 3));
        long father = fixtures.adult("Frank", surname, LocalDate.of(1988, 3, 3));
        String path = "/api/v1/people/" + father + "/relationships";

        assertThat(errorFields(api.post(path, "{\"relatedPersonId\": %d, \"type\": \"UNCLE_BOB\"}".formatted(child))))
                .containsExactly("type");
        assertThat(errorFields(api.post(path, "{\"relatedPersonId\": %d, \"type\": \"PARENT\"}".formatted(father))))
                .containsExactly("relatedPersonId");
        assertThat(errorFields(api.post(path, "{\"type\": \"PARENT\"}"))).containsExactly("relatedPersonId");
        assertThat(api.post(path, "{\"relatedPersonId\": %d, \"type\": \"PARENT\"}".formatted(child)).status())
                .isEqualTo(201);
        assertThat(errorFields(api.post(path, "{\"relatedPersonId\": %d, \"type\": \"PARENT\"}".formatted(child))))
                .containsExactly("relatedPersonId");
        // The same pair the other way round is the same link.
        assertThat(errorFields(api.post("/api/v1/people/" + child + "/relationships",
                "{\"relatedPersonId\": %d, \"type\": \"PARENT\"}".formatted(father)))).containsExactly("relatedPersonId");
        assertThat(errorFields(api.post(path, "{\"relatedPersonId\": 999999999999, \"type\": \"PARENT\"}")))
                .containsExactly("relatedPersonId");
        assertProblem(api.post(path, "{\"relatedPersonId\": \"abc\", \"type\": \"PARENT\"}"), 400);
    }

    // ------------------------------------------------------------------ chronology

    private long note(long childId, String type, String occurredAt, String summary) {
        Api.Response r = api.post("/api/v1/children/" + childId + "/case-notes", """
                {"type": "%s", "occurredAt": "%s", "summary": "%s", "text": "Details of %s"}"""
                .formatted(type, occurredAt, summary, summary));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("eventId").asLong();
    }

    private List<Long> chronologyIds(long childId, String query) {
        Api.Response r = api.get("/api/v1/children/" + childId + "/chronology" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().forEach(e -> ids.add(e.get("eventId").asLong()));
        return ids;
    }

    @Test
    void chronologyIsNewestFirstAndFilters() {
        long child = fixtures.child("Gina", surname, LocalDate.of(2015, 2, 2));
        long january = note(child, "VISIT", "2024-01-10T10:00:00Z", "January visit");
        long march = note(child, "PHONE_CALL", "2024-03-05T10:00:00Z", "March call");
        long february = note(child, "VISIT", "2024-02-01T10:00:00Z", "February visit");

        Api.Response all = api.get("/api/v1/children/" + child + "/chronology");
        assertThat(all.status()).isEqualTo(200);
        List<Instant> times = new ArrayList<>();
        all.json().forEach(e -> times.add(Instant.parse(e.get("occurredAt").asString())));
        assertThat(times).hasSize(4).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.json().get(0).get("type").asString()).isEqualTo("PERSON_CREATED");
        assertThat(chronologyIds(child, "")).containsSubsequence(march, february, january);

        assertThat(chronologyIds(child, "?type=VISIT")).containsExactly(february, january);
        assertThat(chronologyIds(child, "?type=VISIT&type=PHONE_CALL")).containsExactly(march, february, january);
        assertThat(chronologyIds(child, "?type=PERSON_CREATED")).hasSize(1).doesNotContain(january, february, march);
        assertThat(chronologyIds(child, "?from=2024-02-01&to=2024-02-29")).containsExactly(february);
        assertThat(chronologyIds(child, "?from=2024-01-11&to=2024-03-05")).containsExactly(march, february);
        assertThat(chronologyIds(child, "?limit=1&offset=1")).containsExactly(march);
    }

    @ParameterizedTest
    @CsvSource({"from=2024-02-30, from", "to=March, to", "type=NOT_A_TYPE, type", "limit=0, limit", "offset=-1, offset"})
    void badChronologyQueriesAre400(String query, String field) {
        long child = fixtures.child("Hana", surname, LocalDate.of(2015, 2, 2));
        assertThat(errorFields(api.get("/api/v1/children/" + child + "/chronology?" + query))).containsExactly(field);
    }

    @Test
    void aSiblingGroupCaseNoteIsRecordedOnceAndShownOnEachSibling() {
        long older = fixtures.child("Ivy", surname, LocalDate.of(2012, 1, 1));
        long younger = fixtures.child("Ian", surname, LocalDate.of(2015, 1, 1));
        fixtures.link(older, younger, org.opencsc.person.RelationshipType.SIBLING);

        Api.Response r = api.post("/api/v1/children/" + older + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Saw both children", "text": "Home visit.",
                 "alsoFor": [%d]}""".formatted(clock.instant().minus(2, ChronoUnit.HOURS), younger));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long event = r.json().get("eventId").asLong();
        assertThat(chronologyIds(older, "")).containsOnlyOnce(event);
        assertThat(chronologyIds(younger, "")).containsOnlyOnce(event);
        Api.Response onYounger = api.get("/api/v1/children/" + younger + "/chronology?type=VISIT");
        assertThat(onYounger.json().get(0).get("people").values()).extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(older, younger);
        assertThat(jdbc.sql("SELECT count(*) FROM event WHERE id = :id").param("id", event).query(Long.class).single())
                .as("one event, not a copy per child").isEqualTo(1);
    }

    @Test
    void badCaseNotesAre400() {
        long child = fixtures.child("Jake", surname, LocalDate.of(2012, 1, 1));
        long cousin = fixtures.child("Jade", surname, LocalDate.of(2013, 1, 1));
        fixtures.link(cousin, child, org.opencsc.person.RelationshipType.OTHER_RELATIVE);
        long stranger = fixtures.child("Jon", Fixtures.uniqueSurname("Apitest"), LocalDate.of(2013, 1, 1));
        String path = "/api/v1/children/" + child + "/case-notes";
        String template = """
                {"type": "VISIT", "occurredAt": "%s", "summary": "Visit", "text": "Text"%s}""";
        String past = clock.instant().minus(1, ChronoUnit.HOURS).toString();

        assertThat(errorFields(api.post(path, template.formatted(clock.instant().plus(2, ChronoUnit.DAYS), ""))))
                .containsExactly("occurredAt");
        assertThat(errorFields(api.post(path, template.formatted(past, ", \"alsoFor\": [" + cousin + "]"))))
                .containsExactly("alsoFor");
        assertThat(errorFields(api.post(path, template.formatted(past, ", \"alsoFor\": [" + stranger + "]"))))
                .containsExactly("alsoFor");
        assertThat(errorFields(api.post(path, template.formatted("2024-01-01", "")))).containsExactly("occurredAt");
        assertThat(errorFields(api.post(path, """
                {"type": "GOSSIP", "occurredAt": "%s", "summary": "Visit", "text": "Text"}""".formatted(past))))
                .containsExactly("type");
        assertThat(errorFields(api.post(path, "{}"))).containsExactlyInAnyOrder("type", "occurredAt", "summary", "text");
        assertProblem(api.post(path, template.formatted(past, ", \"alsoFor\": [\"x\"]")), 400);
        assertThat(chronologyIds(child, "?type=VISIT")).as("nothing was written").isEmpty();
        assertThat(chronologyIds(cousin, "?type=VISIT")).isEmpty();
    }

    // ------------------------------------------------------------------ ids that are not ids

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/people/abc", "/api/v1/people/12abc", "/api/v1/people/99999999999999999999",
            "/api/v1/people/-1", "/api/v1/people/999999999999", "/api/v1/children/abc/chronology",
            "/api/v1/children/999999999999/chronology"})
    void idsThatAreNotRecordsAre400Or404ProblemJson(String path) {
        Api.Response r = api.get(path);
        assertThat(r.status()).as(path + " " + r.body()).isIn(400, 404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void writesToIdsThatAreNotRecordsAre400Or404() {
        for (Api.Response r : List.of(
                api.post("/api/v1/people/abc/relationships", "{\"relatedPersonId\": 1, \"type\": \"PARENT\"}"),
                api.post("/api/v1/children/abc/case-notes", "{}"),
                api.post("/api/v1/children/999999999999/case-notes", """
                        {"type": "VISIT", "occurredAt": "2024-01-01T10:00:00Z", "summary": "s", "text": "t"}"""),
                api.post("/api/v1/people/999999999999/relationships", "{\"relatedPersonId\": 1, \"type\": \"PARENT\"}"))) {
            assertThat(r.status()).as(r.body()).isIn(400, 404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }
}
