package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handover note is for the day team and whoever takes the child on: it is shown on the
 * contact, the duty queue, the child's chronology and the allocation page, whether or not the
 * contact was ticked as out of hours (a note saved where nobody reads it is lost).
 */
@IntegrationTest
class HandoverNoteTest {

    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactRepository contactRepository;
    @Autowired
    EventLog events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    FrontDoorFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FrontDoorFixtures(personService, users, contacts, contactRepository, jdbc);
    }

    private long contactWithNote(long child, boolean outOfHours, String note) {
        ContactInput valid = FrontDoorFixtures.validContact(clock.instant().minusSeconds(3600), List.of(child));
        ContactInput in = new ContactInput(valid.receivedAt(), valid.source(), valid.contactorName(), valid.contactorAgency(),
                valid.contactorDetails(), valid.reported(), valid.urgency(), valid.consent(), valid.consentScope(),
                valid.sharingReason(), outOfHours, note, valid.childIds());
        return contacts.record(in, fx.user("contact"), FrontDoorFixtures.API);
    }

    @Test
    void aNoteWrittenWithoutTickingOutOfHoursIsShownWhereTheDayTeamAndTheAllocatingManagerLook() {
        long child = fx.child("Ava", FrontDoorFixtures.surname("Handover"));
        String note = "Gran collects Ava on Tuesdays; call her first, not mum";
        long contact = contactWithNote(child, false, note);

        PageSession duty = PageSession.signedIn(port, "duty");
        assertThat(duty.get("/contacts/" + contact).body()).contains("id=\"handover-note\"").contains("Handover note")
                .contains("Gran collects Ava on Tuesdays; call her first, not mum");
        String queueRow = duty.get("/front-door").body();
        int row = queueRow.indexOf("/contacts/" + contact + "\"");
        assertThat(row).isPositive();
        assertThat(queueRow.substring(row, queueRow.indexOf("</td>", row))).contains("Handover note");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10)))
                .filteredOn(e -> e.type() == EventType.CONTACT_RECEIVED).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith("Handover note: " + note));

        contacts.decide(contact, fx.version(contact), DecisionOutcome.REFERRAL, "Threshold met", null, PrimaryNeed.N1,
                fx.user("dutymanager"), FrontDoorFixtures.API);
        String allocation = PageSession.signedIn(port, "dutymanager").get("/referrals/allocation").body();
        // One note for the sibling group the contact referred, in the group's allocation form.
        assertThat(allocation).contains("id=\"handover-" + contact + "\"");
        int card = allocation.indexOf("id=\"group-" + contact + "\"");
        assertThat(allocation.substring(card, allocation.indexOf("</form>", card))).contains("Handover note")
                .contains("Gran collects Ava on Tuesdays; call her first, not mum");
    }

    @Test
    void anOutOfHoursHandoverIsLabelledSoOnTheContactAndTheChronology() {
        long child = fx.child("Ben", FrontDoorFixtures.surname("Ooh"));
        long contact = contactWithNote(child, true, "Police left at 2am; mum calmer");
        String page = PageSession.signedIn(port, "duty").get("/contacts/" + contact).body();
        assertThat(page).contains("Out-of-hours handover").contains("Police left at 2am; mum calmer");
        assertThat(events.chronology(List.of(child), ChronologyFilter.latest(10)))
                .filteredOn(e -> e.type() == EventType.CONTACT_RECEIVED).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith("Out-of-hours handover: Police left at 2am; mum calmer"));
    }
}
