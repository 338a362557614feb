package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The "Add a person" page through a real signed-in browser session: errors, kept input, CSRF, success. */
@IntegrationTest
class PersonFormPageTest {

    /** A valid NHS number in the format people type it, with its last (check) digit changed. */
    private static final String NHS_WITH_WRONG_CHECK_DIGIT = "943 476 5918";

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    PageSession browser;
    String surname;

    @BeforeEach
    void signIn() {
        browser = PageSession.signedIn(port, "contact");
        surname = Fixtures.uniqueSurname("Formtest");
    }

    /** Every field of the form filled in; callers replace the values they want wrong. */
    private List<String> form(String... overrides) {
        List<String> fields = new ArrayList<>(List.of(
                "child", "yes",
                "givenName", "Zoë O'Neill",
                "familyName", surname,
                "formerGivenName", "Zoe",
                "formerFamilyName", surname + "old",
                "dateOfBirthDay", "14",
                "dateOfBirthMonth", "2",
                "dateOfBirthYear", "2019",
                "gender", "2",
                "ethnicity", "WIRI",
                "nhsNumber", "",
                "upn", "",
                "firstLanguage", "Polish & English",
                "religion", "Roman Catholic",
                "disabilities", "MOB",
                "disabilities", "HEAR",
                "addressLine1", "1 \"The Cottages\"",
                "addressLine2", "Flat <2>",
                "town", "Leeds",
                "postcode", "LS1 4AP"));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = fields.indexOf(overrides[i]);
            fields.set(at + 1, overrides[i + 1]);
        }
        return fields;
    }

    private List<String> withCsrf(List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(browser.get("/people/new").csrf());
        return all;
    }

    private long peopleCalled(String familyName) {
        return jdbc.sql("SELECT count(*) FROM person_name WHERE family_name = :f").param("f", familyName)
                .query(Long.class).single();
    }

    /** Everything typed is shown again, so nothing has to be typed twice. */
    private void assertEverythingTypedIsKept(PageSession.Page page, List<String> typed) {
        for (int i = 0; i < typed.size(); i += 2) {
            String name = typed.get(i);
            String value = typed.get(i + 1);
            switch (name) {
                case "child", "disabilities" -> assertThat(page.isChecked(name, value)).as(name + "=" + value).isTrue();
                case "gender", "ethnicity" -> assertThat(page.isSelected(name, value)).as(name + "=" + value).isTrue();
                default -> assertThat(page.inputValue(name)).as(name).isEqualTo(value);
            }
        }
        assertThat(page.isChecked("disabilities", "COMM")).isFalse();
        assertThat(page.isChecked("child", "no")).isFalse();
    }

    @Test
    void badInputIsShownWithTheErrorSummaryAndEveryValueKept() {
        List<String> typed = form(
                "familyName", "",
                "dateOfBirthDay", "31",
                "nhsNumber", NHS_WITH_WRONG_CHECK_DIGIT,
                "upn", "Z801200112345",
                "postcode", "NOT A CODE");

        PageSession.Page page = browser.post("/people", withCsrf(typed));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: Add a person - OpenCSC</title>")
                .contains("There is a problem")
                .contains("Enter a last name")
                .contains("Date of birth must be a real date")
                .contains("NHS number is not valid")
                .contains("Unique Pupil Number is not valid")
                .contains("Enter a real postcode")
                .contains("href=\"#familyName\"").contains("id=\"familyName-error\"")
                .contains("id=\"nhsNumber-error\"");
        assertEverythingTypedIsKept(page, typed);
        assertThat(peopleCalled(surname + "old")).isZero();
    }

    @Test
    void problemsFoundAfterTheDatesAreReadAreShownTheSameWay() {
        // Dates all fine, so the page goes on to the service, whose problems come back as a ValidationException.
        List<String> typed = form("nhsNumber", NHS_WITH_WRONG_CHECK_DIGIT);

        PageSession.Page page = browser.post("/people", withCsrf(typed));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem").contains("NHS number is not valid")
                .doesNotContain("Enter a last name");
        assertEverythingTypedIsKept(page, typed);
        assertThat(peopleCalled(surname)).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        PageSession.Page page = browser.post("/people", form());

        assertThat(page.status()).isEqualTo(403);
        assertThat(peopleCalled(surname)).isZero();

        List<String> forged = new ArrayList<>(form());
        forged.addAll(List.of("_csrf", "not-the-token"));
        assertThat(browser.post("/people", forged).status()).isEqualTo(403);
        assertThat(peopleCalled(surname)).isZero();
    }

    @Test
    void aValidSubmissionOpensTheNewRecord() {
        PageSession.Page page = browser.post("/people", withCsrf(form()));

        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/people/(\\d+)\\?created=(\\d+)$").matcher(page.location());
        assertThat(m.find()).as(page.location()).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(m.group(2)).isEqualTo(m.group(1));
        assertThat(jdbc.sql("SELECT family_name FROM person WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(surname);

        // The record it leads to opens, and its chronology marks case notes.
        Api.Response note = new Api(port, "contact").post("/api/v1/children/" + id + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "First visit", "text": "Seen at home."}"""
                .formatted(clock.instant().minus(1, ChronoUnit.HOURS)));
        assertThat(note.status()).isEqualTo(201);
        PageSession.Page record = browser.get("/people/" + id);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("O&#39;Neill " + surname).contains("First visit")
                .contains("opencsc-chronology__item--note").contains("</html>");
    }

    @Test
    void aChildAddedFromTheFrontDoorGoesStraightOnToRecordingTheContact() {
        // "Record a contact" -> child not found -> "Add the child": the form carries next=contact.
        assertThat(browser.get("/people/new?next=contact").body()).contains("name=\"next\" value=\"contact\"");
        List<String> fields = withCsrf(form());
        // Other tests' children have near-identical names and dates of birth, so the duplicate check
        // may ask first: this is the "None of these: create a new record" answer, which keeps next.
        fields.addAll(List.of("next", "contact", "duplicatesChecked", "true"));
        PageSession.Page page = browser.post("/people", fields);

        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/contacts/new\\?childId=(\\d+)$").matcher(page.location());
        assertThat(m.find()).as(page.location()).isTrue();
        PageSession.Page contactForm = browser.get("/contacts/new?childId=" + m.group(1));
        assertThat(contactForm.status()).isEqualTo(200);
        assertThat(contactForm.body()).contains("Record a contact").contains(surname);
    }
}
