package org.opencsc.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating people and linking families. Every change is written to the event log. */
@Service
public class PersonService {

    /** The outcome of asking to create a person: created, or "these may be the same person". */
    public sealed interface CreateResult {
        record Created(long id) implements CreateResult {
        }

        /**
         * The matches the user may be shown, and whether a record they may not see (restricted)
         * matched as well: then they are told so, and that record's managers have been alerted.
         */
        record PossibleDuplicates(List<SearchResult> candidates, boolean unseenMatch) implements CreateResult {
        }
    }

    /** Who the new person is to an existing person, when created from that person's record. */
    public record RelateTo(long personId, RelationshipType type, boolean parentalResponsibility) {
    }

    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final PersonSearch search;
    private final PeopleFinder finder;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    PersonService(PersonRepository people, RelationshipRepository relationships, PersonSearch search,
                  PeopleFinder finder, EventLog events, AccessPolicy access, Clock clock) {
        this.finder = finder;
        this.people = people;
        this.relationships = relationships;
        this.search = search;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Validates and creates the person, unless likely duplicates exist and the user has not yet
     * confirmed this is someone new: then the candidates come back and nothing is written.
     */
    @Transactional
    public CreateResult create(PersonInput in, RelateTo relateTo, boolean duplicatesChecked, CurrentUser user,
                               AccessLog.Channel channel) {
        if (!user.role().recordsOnCases()) {
            throw new RecordAccessDeniedException("Your role cannot create records");
        }
        Problems problems = new Problems();
        PersonRules.check(in, LocalDate.now(clock), problems);
        if (relateTo != null && relateTo.type() == null) {
            problems.add("relationshipType", "Select how this person is related");
        }
        problems.throwIfAny();
        if (relateTo != null) {
            access.checkCanRecord(user, relateTo.personId(), channel, "/people/" + relateTo.personId());
        }
        String path = channel == AccessLog.Channel.API ? "/api/v1/people" : "/people";
        if (!PersonInput.blank(in.nhsNumber()) && nhsNumberTaken(NhsNumber.normalise(in.nhsNumber()))) {
            if (!duplicatesChecked) {
                PeopleFinder.Duplicates found = finder.duplicates(user, in, channel, path);
                return new CreateResult.PossibleDuplicates(found.candidates(), found.unseenMatch());
            }
            throw new ValidationException("nhsNumber", "Another record already has this NHS number: open that record instead");
        }
        if (!duplicatesChecked) {
            PeopleFinder.Duplicates found = finder.duplicates(user, in, channel, path);
            if (!found.none()) {
                return new CreateResult.PossibleDuplicates(found.candidates(), found.unseenMatch());
            }
        }
        long id = people.insert(in);
        people.insertName(id, "CURRENT", in.givenName(), in.familyName());
        for (PersonInput.Name former : in.formerNamesOrEmpty()) {
            people.insertName(id, "FORMER", former.givenName(), former.familyName());
        }
        if (in.address() != null && !in.address().isEmpty()) {
            people.insertAddress(id, in.address(), LocalDate.now(clock));
        }
        in.disabilitiesOrEmpty().forEach(code -> people.insertDisability(id, code));
        String name = Names.full(in.givenName(), in.familyName());
        events.append(NewEvent.of(EventType.PERSON_CREATED, Instant.now(clock), user.displayName(),
                "Record created for " + name, null, List.of(id)));
        if (relateTo != null) {
            // The new person was made by this user just now; only the existing record needs an access check.
            link(id, relateTo.personId(), relateTo.type(), relateTo.parentalResponsibility(), user, channel, false);
        }
        return new CreateResult.Created(id);
    }

    private boolean nhsNumberTaken(String nhs) {
        return search.search(new SearchQuery(null, null, nhs), 1).stream().findAny().isPresent();
    }

    /** Records that {@code personId} is {@code type} of {@code relatedId}, on both records. */
    @Transactional
    public void linkFamilyMember(long personId, long relatedId, RelationshipType type, boolean parentalResponsibility,
                                 CurrentUser user, AccessLog.Channel channel) {
        link(personId, relatedId, type, parentalResponsibility, user, channel, true);
    }

    private void link(long personId, long relatedId, RelationshipType type, boolean parentalResponsibility,
                      CurrentUser user, AccessLog.Channel channel, boolean checkPerson) {
        if (type == null) {
            throw new ValidationException("type", "Select how these people are related");
        }
        if (personId == relatedId) {
            throw new ValidationException("relatedPersonId", "A person cannot be related to themselves");
        }
        Person person = people.find(personId)
                .orElseThrow(() -> new ValidationException("relatedPersonId", "There is no person with ID " + personId));
        Person related = people.find(relatedId)
                .orElseThrow(() -> new ValidationException("relatedPersonId", "There is no person with ID " + relatedId));
        if (person.mergedInto() != null || related.mergedInto() != null) {
            throw new ValidationException("relatedPersonId", "That record was merged into another: link the record it was merged into");
        }
        access.checkCanRecord(user, relatedId, channel, "/people/" + relatedId);
        if (checkPerson) {
            // The link is written to both records, and it widens who sees them ("one relationship away"):
            // a user who could link a record they cannot see could open another team's child that way.
            access.checkCanRecord(user, personId, channel, "/people/" + personId);
        }
        if (relationships.exists(personId, relatedId)) {
            throw new ValidationException("relatedPersonId",
                    person.fullName() + " is already linked to " + related.fullName());
        }
        relationships.insert(personId, relatedId, type, parentalResponsibility, LondonTime.today(clock));
        events.append(NewEvent.of(EventType.FAMILY_MEMBER_LINKED, Instant.now(clock), user.displayName(),
                person.fullName() + " linked as " + type.label().toLowerCase() + " of " + related.fullName(),
                parentalResponsibility ? "Has parental responsibility" : null, List.of(personId, relatedId)));
    }
}
