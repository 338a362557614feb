package org.opencsc.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A move: the new address starts on the date given and the current one ends the day before,
 * so the record keeps every address with its dates. Optionally the whole household moves
 * (everyone else at the same current address), recorded once as one event.
 */
@Service
public class AddressChange {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final EventLog events;
    private final Clock clock;

    AddressChange(JdbcClient jdbc, PersonRepository people, AccessPolicy access, EventLog events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void move(long personId, PersonInput.AddressInput address, boolean wholeHousehold, CurrentUser user,
                     AccessLog.Channel channel) {
        Person person = people.find(personId).orElseThrow(() -> new NotFoundException("There is no record " + personId));
        access.checkCanRecord(user, personId, channel, "/people/" + personId + "/addresses");
        Problems problems = new Problems();
        LocalDate today = LocalDate.now(clock);
        if (address == null || address.isEmpty()) {
            problems.add("addressLine1", "Enter the new address");
        } else {
            PersonRules.checkAddress(address, today, problems);
            if (address.since() == null) {
                problems.add("addressSince", "Enter the date they moved in");
            }
            Person.Address current = person.currentAddress();
            if (current != null && address.since() != null && !address.since().isAfter(current.startDate())) {
                problems.add("addressSince", "The move-in date must be after they moved into their current address ("
                        + Dates.govuk(current.startDate()) + ")");
            }
        }
        problems.throwIfAny();
        List<Long> movers = wholeHousehold ? household(person) : List.of(personId);
        for (Long mover : movers) {
            jdbc.sql("UPDATE address SET end_date = :ended WHERE person_id = :id AND end_date IS NULL AND start_date <= :ended")
                    .param("ended", address.since().minusDays(1)).param("id", mover).update();
            people.insertAddress(mover, address, today);
        }
        // The move-in date is validated as today or earlier, so the event sits on that date in the chronology.
        events.append(NewEvent.of(EventType.DETAILS_CHANGED, LondonTime.placeDate(address.since(), clock),
                user.displayName(), "Moved to " + address.line1().trim() + ", " + Postcode.normalise(address.postcode()),
                movers.size() > 1 ? "The household moved together (" + movers.size() + " people)" : null, movers));
    }

    /** The person plus every family member living at the same current address. */
    private List<Long> household(Person person) {
        Person.Address current = person.currentAddress();
        if (current == null) {
            return List.of(person.id());
        }
        return jdbc.sql("""
                        SELECT DISTINCT a.person_id FROM address a
                        WHERE a.end_date IS NULL AND a.postcode = :postcode AND lower(a.line1) = lower(:line1)
                          AND (a.person_id = :id OR a.person_id IN (
                                SELECT related_person_id FROM relationship WHERE person_id = :id AND end_date IS NULL
                                UNION SELECT person_id FROM relationship WHERE related_person_id = :id AND end_date IS NULL))
                        ORDER BY a.person_id
                        """)
                .param("postcode", current.postcode()).param("line1", current.line1()).param("id", person.id())
                .query(Long.class).list();
    }
}
