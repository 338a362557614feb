package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.frontdoor.Consent;
import org.opencsc.frontdoor.ContactInput;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.frontdoor.Urgency;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two children of one name and date of birth, told apart on the search page by what only a user
 * who may open their records sees: current address, parents, school and open or closed case.
 * "Add the child" from the results starts the new-person form with the name and date searched for.
 */
@IntegrationTest
class SearchResultDetailsTest {

    private static final LocalDate BORN = LocalDate.of(2016, 4, 3);

    @Autowired
    PersonService people;
    @Autowired
    ContactService contacts;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    UserRepository users;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    String surname;
    /** The parents' own surname, unlike the children's, so the parents are not results of the search themselves. */
    String parents;
    long referred;
    long other;
    long mother;
    long father;

    @BeforeEach
    void twoAmelias() {
        surname = TestNames.uniqueSurname() + Fixtures.uniqueSurname("x");
        parents = Fixtures.uniqueSurname("Parent");
        referred = child("12 Elm Road", "LS1 1AA");
        other = child("3 Park Lane", "LS2 2BB");
        mother = parentOf(referred, "Grace");
        father = parentOf(other, "Tom");
        long contact = contacts.record(new ContactInput(clock.instant(), ReferralSource.SCHOOLS, "Ms Okafor",
                "Oakfield Primary School", "0113 000 0000", "Amelia came to school with a bruise on her arm.",
                Urgency.STANDARD, Consent.GIVEN, "Everything", null, false, null, List.of(referred)), user("contact"),
                AccessLog.Channel.API);
        // A manager's decision is signed off as it is made: the referral opens the case.
        contacts.decide(contact, 0, DecisionOutcome.REFERRAL, "Injury explained differently by the child and mother",
                null, PrimaryNeed.N1, user("dutymanager"), AccessLog.Channel.API);
    }

    private CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long child(String line1, String postcode) {
        var in = new PersonInput(true, "Amelia", surname, List.of(), BORN, null, "2", null, null, null, null, null, List.of(),
                new PersonInput.AddressInput(line1, null, "Leeds", postcode, BORN));
        return ((PersonService.CreateResult.Created) people.create(in, null, true, user("contact"), AccessLog.Channel.API)).id();
    }

    private long parentOf(long child, String given) {
        var in = new PersonInput(false, given, parents, List.of(), LocalDate.of(1988, 1, 1), null, "0", null, null, null, null,
                null, List.of(), null);
        return ((PersonService.CreateResult.Created) people.create(in,
                new PersonService.RelateTo(child, RelationshipType.PARENT, true), true, user("contact"),
                AccessLog.Channel.API)).id();
    }

    private String search(String username) {
        PageSession.Page page = PageSession.signedIn(port, username).get("/people/search?name="
                + URLEncoder.encode("Amelia " + surname, StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    @Test
    void whatTellsTwoChildrenApartIsShownToThoseWhoMayOpenThem() {
        String page = search("duty");
        assertThat(page).contains("href=\"/people/" + referred + "\"").contains("href=\"/people/" + other + "\"")
                .contains("12 Elm Road, Leeds, LS1 1AA").contains("3 Park Lane, Leeds, LS2 2BB")
                .contains("Grace " + parents).contains("Tom " + parents)
                .contains("Oakfield Primary School")
                .contains("Open case").contains("No referral");
    }

    @Test
    void aChildTheUserMayNotOpenShowsNothingExtra() {
        // A team social worker opens only their team's children: these two are nobody's yet.
        String page = search("social");
        assertThat(page).contains("A record you cannot open")
                .doesNotContain("Elm Road").doesNotContain("Park Lane").doesNotContain("Grace " + parents)
                .doesNotContain("Tom " + parents).doesNotContain("Oakfield").doesNotContain("Open case");
    }

    @Test
    void aRestrictedChildAndARestrictedParentAreNotShown() {
        restriction.restrict(other, List.of(), "Placed in a refuge", user("dutymanager"));
        restriction.restrict(mother, List.of(), "Fled domestic abuse", user("dutymanager"));
        String page = search("duty");
        assertThat(page).as("the restricted child is not a result for someone not named on it")
                .doesNotContain("href=\"/people/" + other + "\"").doesNotContain("Park Lane").doesNotContain("Tom " + parents);
        assertThat(page).as("the restricted mother is counted, not named").contains("12 Elm Road")
                .doesNotContain("Grace " + parents).contains("a parent whose record you cannot open");

        String named = search("dutymanager");
        assertThat(named).as("the manager who restricted them sees both in full").contains("3 Park Lane").contains("Grace " + parents);
    }

    @Test
    void addTheChildCarriesOverTheNameAndDateOfBirthSearchedFor() {
        PageSession duty = PageSession.signedIn(port, "duty");
        String results = duty.get("/people/search?name=" + URLEncoder.encode("Amelia Rose " + surname, StandardCharsets.UTF_8)
                + "&dobDay=3&dobMonth=4&dobYear=2016").body();
        String href = "/people/new?name=Amelia%20Rose%20" + surname + "&amp;dobDay=3&amp;dobMonth=4&amp;dobYear=2016";
        assertThat(results).contains("href=\"" + href + "\"");

        PageSession.Page form = duty.get(href.replace("&amp;", "&"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.inputValue("givenName")).isEqualTo("Amelia Rose");
        assertThat(form.inputValue("familyName")).isEqualTo(surname);
        assertThat(form.inputValue("dateOfBirthDay")).isEqualTo("3");
        assertThat(form.inputValue("dateOfBirthMonth")).isEqualTo("4");
        assertThat(form.inputValue("dateOfBirthYear")).isEqualTo("2016");
    }

    @Test
    void theFrontDoorsAddTheChildCarriesOverTheNameToo() {
        String page = PageSession.signedIn(port, "contact").get("/contacts/new?name="
                + URLEncoder.encode("Amelia " + surname, StandardCharsets.UTF_8)).body();
        assertThat(page).contains("href=\"/people/new?next=contact&amp;name=Amelia%20" + surname + "\"");
    }
}
