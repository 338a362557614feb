package org.opencsc.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's census identifiers (issue 11, V42): reads them as the census sends them, and saves
 * the three a worker records here (former UPN, why the UPN is unknown, date of death). Each
 * save that changes something is one event on the child's chronology naming every change, and
 * bumps the person's version, which the save checks (someone else's edit meanwhile is a conflict).
 */
@Service
public class CensusDetailsService {

    static final String CONFLICT = "Someone else changed this record while you were editing it: check the census "
            + "details as they now are and make your change again";

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final EventLog events;
    private final Clock clock;

    CensusDetailsService(JdbcClient jdbc, PersonRepository people, AccessPolicy access, EventLog events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The details, for a caller that has checked access (the page and API log the view). */
    public CensusDetails read(long personId) {
        return read(people.find(personId).orElseThrow(() -> new NotFoundException("There is no record " + personId)));
    }

    /** The details of a person already read. */
    public CensusDetails read(Person person) {
        long personId = person.id();
        return jdbc.sql("SELECT coalesce(la_child_id, id::text) AS la_child_id, former_upn, upn_unknown_reason, date_of_death "
                        + "FROM person WHERE id = :id")
                .param("id", personId)
                .query((rs, n) -> new CensusDetails(person.id(), rs.getString("la_child_id"), strip(person.upn()),
                        strip(rs.getString("former_upn")),
                        UpnUnknownReason.fromCode(rs.getString("upn_unknown_reason")).orElse(null),
                        person.dateOfBirth(), person.expectedDateOfBirth(), person.gender(),
                        PersonRepository.date(rs, "date_of_death"), person.ethnicity(), person.disabilities(),
                        person.version()))
                .single();
    }

    /** Checks and saves; {@code problems} may already hold what the form found (a date that is not one). */
    @Transactional
    public CensusDetails save(long personId, CensusDetails.Change change, Problems problems, CurrentUser user,
                              AccessLog.Channel channel) {
        access.checkCanRecord(user, personId, channel, "/people/" + personId + "/census-details");
        Person person = people.find(personId).orElseThrow(() -> new NotFoundException("There is no record " + personId));
        if (!person.child()) {
            new Problems().add("id", "Census details are recorded for children only").throwIfAny();
        }
        CensusDetails now = read(person);
        if (change.version() == null) {
            problems.add("version", "Give the version of the record you are changing (its \"version\")");
        }
        String formerUpn = PersonInput.blank(change.formerUpn()) ? null : UniquePupilNumber.normalise(change.formerUpn());
        if (formerUpn != null && !UniquePupilNumber.isValid(formerUpn)) {
            problems.add("formerUpn", formerUpn.length() == 13
                    ? "Former Unique Pupil Number is not valid: its check letter does not match"
                    : "Former Unique Pupil Number must be 13 characters: a letter then 12 digits");
        } else if (formerUpn != null && formerUpn.equals(now.upn())) {
            problems.add("formerUpn", "The former Unique Pupil Number is the child's current one: enter the UPN they had before");
        }
        UpnUnknownReason reason = null;
        if (!PersonInput.blank(change.upnUnknownReason())) {
            reason = UpnUnknownReason.fromCode(change.upnUnknownReason().trim()).orElse(null);
            if (reason == null) {
                problems.add("upnUnknownReason", "Select why the Unique Pupil Number is not known (UN1 to UN10)");
            } else if (now.upn() != null) {
                problems.add("upnUnknownReason", "The child has a Unique Pupil Number (" + now.upn()
                        + "), so there is no reason to give for it being unknown");
            }
        }
        LocalDate died = change.dateOfDeath();
        if (died != null && !problems.has("dateOfDeath")) {
            LocalDate today = LondonTime.today(clock);
            LocalDate born = now.dateOfBirth();
            if (died.isAfter(today)) {
                problems.add("dateOfDeath", "Date of death must be today or in the past");
            } else if (born != null && died.isBefore(born)) {
                problems.add("dateOfDeath", "Date of death cannot be before the child's date of birth (" + Dates.govuk(born) + ")");
            }
        }
        problems.throwIfAny();
        if (change.version() != now.version()) {
            throw new ConflictException(CONFLICT);
        }
        List<String> changes = changes(now, formerUpn, reason, died);
        if (changes.isEmpty()) {
            return now;
        }
        int updated = jdbc.sql("""
                        UPDATE person SET former_upn = :formerUpn, upn_unknown_reason = :reason, date_of_death = :died,
                                          version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .param("formerUpn", formerUpn).param("reason", reason == null ? null : reason.code())
                .param("died", died).param("id", personId).param("version", change.version())
                .update();
        if (updated == 0) {
            throw new ConflictException(CONFLICT);
        }
        events.append(NewEvent.of(EventType.DETAILS_CHANGED, Instant.now(clock), user.displayName(),
                "Census details changed: " + String.join("; ", changes), null, List.of(personId)));
        return read(personId);
    }

    private static List<String> changes(CensusDetails now, String formerUpn, UpnUnknownReason reason, LocalDate died) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(now.formerUpn(), formerUpn)) {
            changes.add(formerUpn == null ? "former UPN removed (was " + now.formerUpn() + ")" : "former UPN " + formerUpn
                    + (now.formerUpn() == null ? "" : " (was " + now.formerUpn() + ")"));
        }
        if (now.upnUnknownReason() != reason) {
            changes.add(reason == null ? "reason the UPN is unknown removed (was " + now.upnUnknownReason().code() + ")"
                    : "UPN unknown because " + reason.code() + ": " + reason.label()
                    + (now.upnUnknownReason() == null ? "" : " (was " + now.upnUnknownReason().code() + ")"));
        }
        if (!Objects.equals(now.dateOfDeath(), died)) {
            changes.add(died == null ? "date of death removed (was " + Dates.govuk(now.dateOfDeath()) + ")"
                    : "date of death " + Dates.govuk(died)
                    + (now.dateOfDeath() == null ? "" : " (was " + Dates.govuk(now.dateOfDeath()) + ")"));
        }
        return changes;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
