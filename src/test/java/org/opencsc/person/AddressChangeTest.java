package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AddressChangeTest {

    @Autowired
    TestClock clock;
    @Autowired
    PersonService service;
    @Autowired
    AddressChange addresses;
    @Autowired
    PersonRepository people;
    @Autowired
    EventLog events;
    @Autowired
    UserRepository users;

    private long person(CurrentUser user, String given, String family, boolean child, Long relatedTo) {
        var address = new PersonInput.AddressInput("12 Mill Lane", null, "Huyton", "L36 5AB", LocalDate.of(2020, 1, 1));
        var in = new PersonInput(child, given, family, List.of(), child ? LocalDate.of(2018, 2, 2) : LocalDate.of(1990, 2, 2),
                null, "0", null, null, null, null, null, List.of(), address);
        var relate = relatedTo == null ? null : new PersonService.RelateTo(relatedTo, RelationshipType.PARENT, true);
        return ((PersonService.CreateResult.Created) service.create(in, relate, true, user, AccessLog.Channel.API)).id();
    }

    @Test
    void aMoveEndsTheOldAddressAndTheHouseholdMovesTogether() {
        CurrentUser duty = users.findByUsername("duty").orElseThrow();
        String family = "Mover" + UUID.randomUUID().toString().substring(0, 6);
        long child = person(duty, "Ella", family, true, null);
        long mum = person(duty, "Kim", family, false, child);

        addresses.move(child, new PersonInput.AddressInput("3 Oak Crescent", null, "Kirkby", "l32 1xy",
                LocalDate.of(2025, 6, 1)), true, duty, AccessLog.Channel.WEB);

        for (long id : List.of(child, mum)) {
            Person p = people.find(id).orElseThrow();
            assertThat(p.currentAddress().postcode()).isEqualTo("L32 1XY");
            assertThat(p.addresses()).anySatisfy(a -> {
                assertThat(a.line1()).isEqualTo("12 Mill Lane");
                assertThat(a.endDate()).isEqualTo(LocalDate.of(2025, 5, 31));
            });
        }
        var moves = events.chronology(List.of(child), ChronologyFilter.latest(50)).stream()
                .filter(e -> e.type() == EventType.DETAILS_CHANGED).toList();
        assertThat(moves).hasSize(1);
        assertThat(moves.getFirst().subjectIds()).containsExactlyInAnyOrder(child, mum);
    }

    @Test
    void aMoveBeforeTheCurrentAddressBeganOrInTheFutureIsRefused() {
        CurrentUser duty = users.findByUsername("duty").orElseThrow();
        long child = person(duty, "Finn", "Early" + UUID.randomUUID().toString().substring(0, 6), true, null);
        assertThatThrownBy(() -> addresses.move(child, new PersonInput.AddressInput("1 Tower Hill", null, null, "L33 1AA",
                LocalDate.of(2019, 1, 1)), false, duty, AccessLog.Channel.WEB))
                .isInstanceOf(ValidationException.class).hasMessageContaining("after they moved into");
        assertThatThrownBy(() -> addresses.move(child, new PersonInput.AddressInput("1 Tower Hill", null, null, "L33 1AA",
                clock.today().plusDays(2)), false, duty, AccessLog.Channel.WEB))
                .isInstanceOf(ValidationException.class).hasMessageContaining("today or in the past");
        assertThatThrownBy(() -> addresses.move(child, new PersonInput.AddressInput("1 Tower Hill", null, null, "NOT A CODE",
                LocalDate.of(2024, 1, 1)), false, duty, AccessLog.Channel.WEB))
                .isInstanceOf(ValidationException.class).hasMessageContaining("real postcode");
    }
}
