package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team worker who adds a person on their own (not from a child's record) cannot open the new
 * record: access follows team allocation, and nothing allocates it yet. They are told so, with
 * who can open it and what to do next, instead of being sent to a page that refuses them.
 */
@IntegrationTest
class StandaloneRecordPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String surname;

    @BeforeEach
    void aSurname() {
        surname = Fixtures.uniqueSurname("Standalone");
    }

    private PageSession.Page create(PageSession browser, String... extra) {
        List<String> form = new ArrayList<>(List.of("child", "yes", "givenName", "Noor", "familyName", surname,
                "dateOfBirthDay", "3", "dateOfBirthMonth", "4", "dateOfBirthYear", "2017", "gender", "2",
                "duplicatesChecked", "true", "_csrf", browser.get("/people/new").csrf()));
        form.addAll(List.of(extra));
        return browser.post("/people", form);
    }

    private long createdId() {
        return jdbc.sql("SELECT id FROM person WHERE family_name = ?").params(surname).query(Long.class).single();
    }

    @Test
    void aSocialWorkerIsToldWhoCanOpenTheNewRecordAndWhatToDoNotSentToARefusal() {
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/new").body()).contains("You will not be able to open a record you add here");

        PageSession.Page created = create(social);

        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/people/created");
        long id = createdId();
        PageSession.Page page = social.get("/people/created");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Record created").contains("Noor " + surname + ", ID " + id)
                .contains("You cannot open this record yet")
                .contains("<li>Contact officer</li>").contains("<li>Duty (MASH) manager</li>").contains("<li>Team manager</li>")
                .doesNotContain("<li>Social worker</li>").doesNotContain("<li>System administrator</li>")
                .contains("ask the front door (a contact officer or duty social worker) to record a contact on record ID " + id);

        assertThat(social.get("/people/created").location()).as("only straight after creating it").endsWith("/people/search");
        assertThat(social.get("/people/" + id).status()).as("access still follows allocation").isEqualTo(403);
        assertThat(PageSession.signedIn(port, "duty").get("/people/" + id).status()).isEqualTo(200);
    }

    @Test
    void aSocialWorkerAddingAChildForAContactIsToldToGiveTheFrontDoorTheRecord() {
        PageSession social = PageSession.signedIn(port, "social");

        PageSession.Page created = create(social, "next", "contact");

        assertThat(created.location()).endsWith("/people/created");
        assertThat(social.get("/people/created").body()).contains("To record the contact, give the front door")
                .contains("record ID " + createdId());
    }

    @Test
    void theFrontDoorStillGoesStraightToTheNewRecordOrTheContactForm() {
        PageSession contact = PageSession.signedIn(port, "contact");
        assertThat(contact.get("/people/new").body()).contains("Add a person").doesNotContain("You will not be able to open");

        PageSession.Page created = create(contact, "next", "contact");

        assertThat(created.location()).endsWith("/contacts/new?childId=" + createdId());
        assertThat(contact.get("/contacts/new?childId=" + createdId()).status()).isEqualTo(200);
    }
}
