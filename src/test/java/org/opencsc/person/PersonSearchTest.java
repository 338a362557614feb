package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PersonSearchTest {

    @Autowired
    PersonService service;
    @Autowired
    PersonSearch search;
    @Autowired
    UserRepository users;

    CurrentUser contact;
    /** A surname made for this test run so the demo council's people never interfere. */
    String surname;

    @BeforeEach
    void setUp() {
        contact = users.findByUsername("contact").orElseThrow();
        surname = org.opencsc.support.Fixtures.uniqueSurname("Quenby");
    }

    private long create(String given, String family, LocalDate dob, List<PersonInput.Name> former) {
        var in = new PersonInput(true, given, family, former, dob, null, "2", null, null, null, null, null, List.of(), null);
        var result = service.create(in, null, true, contact, AccessLog.Channel.API);
        return ((PersonService.CreateResult.Created) result).id();
    }

    private List<Long> ids(String name, LocalDate dob) {
        return search.search(new SearchQuery(name, dob, null), 20).stream().map(PersonMatch::id).toList();
    }

    @Test
    void findsMisspeltNames() {
        long id = create("Katherine", surname, LocalDate.of(2015, 4, 2), List.of());
        assertThat(ids("Katherine " + surname, null)).contains(id);
        assertThat(ids("Kathrine " + surname, null)).contains(id);
        assertThat(ids("Katherine " + surname.substring(0, surname.length() - 1) + "e", null)).contains(id);
    }

    @Test
    void findsNicknames() {
        long id = create("William", surname, LocalDate.of(2012, 1, 9), List.of());
        assertThat(ids("Bill " + surname, null)).contains(id);
        assertThat(ids("Liam " + surname, null)).contains(id);
    }

    @Test
    void findsFormerNames() {
        String former = surname + "x";
        long id = create("Amy", surname, LocalDate.of(2014, 6, 1), List.of(new PersonInput.Name("Amy", former)));
        List<PersonMatch> found = search.search(new SearchQuery("Amy " + former, null, null), 20);
        assertThat(found).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.foundByOtherName()).isTrue();
        });
    }

    @Test
    void dateOfBirthRanksTheRightPersonFirstEvenWithDayAndMonthSwapped() {
        create("Jack", surname, LocalDate.of(2016, 3, 7), List.of());
        long right = create("Jack", surname, LocalDate.of(2016, 5, 4), List.of());
        assertThat(ids("Jack " + surname, LocalDate.of(2016, 5, 4)).getFirst()).isEqualTo(right);
        assertThat(ids("Jack " + surname, LocalDate.of(2016, 4, 5)).getFirst()).isEqualTo(right);
    }

    @Test
    void findsByNhsNumberAlone() {
        // A valid NHS number no other record has: nine random digits, skipping the rare ones with no check digit.
        String nhs = null;
        while (nhs == null || !search.search(new SearchQuery(null, null, nhs), 1).isEmpty()) {
            nhs = NhsNumber.withCheckDigit(String.valueOf(400_000_000 + new java.util.Random().nextInt(500_000_000)));
        }
        var in = new PersonInput(true, "Nia", surname, List.of(), LocalDate.of(2019, 2, 2), null, "2", null, nhs, null,
                null, null, List.of(), null);
        long id = ((PersonService.CreateResult.Created) service.create(in, null, true, contact, AccessLog.Channel.API)).id();
        assertThat(search.search(new SearchQuery(null, null, nhs), 5)).extracting(PersonMatch::id).containsExactly(id);
    }

    @Test
    void theDuplicateCheckStopsASecondRecordUntilConfirmed() {
        long first = create("Harriet", surname, LocalDate.of(2013, 8, 20), List.of());
        var again = new PersonInput(true, "Hattie", surname, List.of(), LocalDate.of(2013, 8, 20), null, "2", null, null,
                null, null, null, List.of(), null);
        var result = service.create(again, null, false, contact, AccessLog.Channel.API);
        assertThat(result).isInstanceOf(PersonService.CreateResult.PossibleDuplicates.class);
        assertThat(((PersonService.CreateResult.PossibleDuplicates) result).candidates())
                .extracting(SearchResult::id).contains(first);
    }
}
