package org.opencsc.person;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.ReportedAs;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** People over JSON: create (with the duplicate check), read, search, link family, merge. */
@ApiController("/api/v1/people")
class PersonApiController {

    private final PersonService service;
    private final PeopleFinder finder;
    private final PersonRepository people;
    private final FamilyNetwork family;
    private final PersonMerge merge;
    private final AddressChange addresses;
    private final CensusDetailsService census;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    PersonApiController(PersonService service, PeopleFinder finder, PersonRepository people,
                        FamilyNetwork family, PersonMerge merge, AddressChange addresses,
                        CensusDetailsService census, AccessPolicy access, CurrentUsers currentUsers) {
        this.census = census;
        this.addresses = addresses;
        this.service = service;
        this.finder = finder;
        this.people = people;
        this.family = family;
        this.merge = merge;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    /** A new person as JSON. Dates are ISO strings so that a bad one is a field error, not a parse failure. */
    record PersonRequest(Boolean child, String givenName, String familyName,
                         @ReportedAs({"formerFamilyName", "formerGivenName"}) List<PersonInput.Name> formerNames,
                         String dateOfBirth, String expectedDateOfBirth, String gender, String ethnicity,
                         String nhsNumber, String upn, String firstLanguage, String religion,
                         List<String> disabilities, AddressRequest address, Boolean confirmNotDuplicate) {
    }

    record AddressRequest(@ReportedAs("addressLine1") String line1, @ReportedAs("addressLine2") String line2,
                          @ReportedAs("town") String town, @ReportedAs("postcode") String postcode,
                          @ReportedAs("addressSince") String since) {
    }

    record PersonView(long id, boolean child, String givenName, String familyName, String fullName,
                      LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String gender, String ethnicity,
                      String nhsNumber, String upn, String firstLanguage, String religion, boolean restricted,
                      List<Person.OtherName> otherNames, List<Person.Address> addresses, List<String> disabilities,
                      List<FamilyMember> family, Long mergedInto, CensusView census, int version) {
    }

    @Schema(description = "A child's Children in Need census identifiers as the census sends them (absent for adults). "
            + "laChildId is the stable LAchildID; sex is the census Sex (M, F or U) from the gender recorded; "
            + "formerUpn, upnUnknownReason (UN1 to UN10, only when there is no UPN) and dateOfDeath are changed with "
            + "PUT /api/v1/people/{id}/census-details.")
    record CensusView(String laChildId, String upn, String formerUpn, String upnUnknownReason, String sex,
                      LocalDate dateOfDeath) {
        static CensusView of(CensusDetails d) {
            return new CensusView(d.laChildId(), d.upn(), d.formerUpn(),
                    d.upnUnknownReason() == null ? null : d.upnUnknownReason().code(), d.sex(), d.dateOfDeath());
        }
    }

    @Schema(description = "The census items recorded for a child. Each is replaced by what is sent: a field left out "
            + "or null clears it. version is the person's version (from GET /api/v1/people/{id}); another change "
            + "since is a 409.")
    record CensusDetailsRequest(String formerUpn, String upnUnknownReason, String dateOfDeath, Integer version) {
    }

    /** A match; one the user may not open has only its score and canOpen false (no id, name or other detail). */
    record MatchView(Long id, String name, String matchedName, Boolean child, LocalDate dateOfBirth, String gender,
                     String postcode, double score, boolean canOpen) {
        static MatchView of(SearchResult r) {
            return new MatchView(r.id(), r.name(), r.matchedName(), r.child(), r.dateOfBirth(),
                    r.gender() == null ? null : r.gender().name(), r.postcode(), r.score(), r.canOpen());
        }
    }

    static final String UNSEEN_MATCH = "A record you cannot see may be this person; its managers have been told.";

    @PostMapping
    ResponseEntity<?> create(@RequestBody PersonRequest body) {
        Problems problems = new Problems();
        PersonInput input = toInput(body, problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        PersonService.CreateResult result = service.create(input, null, Boolean.TRUE.equals(body.confirmNotDuplicate()),
                user, AccessLog.Channel.API);
        if (result instanceof PersonService.CreateResult.Created created) {
            return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                    .body(view(people.find(created.id()).orElseThrow(), user));
        }
        var duplicates = (PersonService.CreateResult.PossibleDuplicates) result;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This person may already have a record. Use an existing record, or repeat the request with "
                        + "\"confirmNotDuplicate\": true to create a new one."
                        + (duplicates.unseenMatch() ? " " + UNSEEN_MATCH : ""));
        p.setTitle("Possible duplicate");
        p.setProperty("candidates", duplicates.candidates().stream().map(MatchView::of).toList());
        if (duplicates.unseenMatch()) {
            p.setProperty("unseenMatch", UNSEEN_MATCH);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @GetMapping("/{id}")
    PersonView get(@PathVariable long id, HttpServletRequest request) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
        CurrentUser user = currentUsers.current();
        access.checkAndLogView(user, id, AccessLog.Channel.API, request.getRequestURI());
        return view(person, user);
    }

    @GetMapping
    List<MatchView> search(@RequestParam(required = false) String name,
                           @RequestParam(required = false) String dateOfBirth,
                           @RequestParam(required = false) String nhsNumber,
                           @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        Problems problems = new Problems();
        LocalDate dob = DateParts.fromIso(dateOfBirth, "dateOfBirth", "dateOfBirth", problems);
        SearchQuery query = new SearchQuery(name, dob, nhsNumber);
        query.checkLength("name", "nhsNumber", problems);
        if (problems.isEmpty() && query.isEmpty()) {
            problems.add("name", "Give at least one of name, dateOfBirth and nhsNumber");
        }
        if (limit < 1 || limit > 200) {
            problems.add("limit", "limit must be between 1 and 200");
        }
        problems.throwIfAny();
        return finder.search(currentUsers.current(), query, limit, PeopleFinder.Listing.EVERY_MATCH, AccessLog.Channel.API,
                request.getRequestURI()).stream().map(MatchView::of).toList();
    }

    record RelationshipRequest(Long relatedPersonId, String type, Boolean parentalResponsibility) {
    }

    /** Records that person {id} is {type} of relatedPersonId (for example PARENT of the child). */
    @PostMapping("/{id}/relationships")
    ResponseEntity<?> relate(@PathVariable long id, @RequestBody RelationshipRequest body) {
        Problems problems = new Problems();
        if (body.relatedPersonId() == null) {
            problems.add("relatedPersonId", "Give the ID of the related person");
        }
        RelationshipType type = RelationshipType.parse(body.type()).orElse(null);
        if (type == null) {
            problems.add("type", "type must be one of " + List.of(RelationshipType.values()));
        }
        problems.throwIfAny();
        service.linkFamilyMember(id, body.relatedPersonId(), type, Boolean.TRUE.equals(body.parentalResponsibility()),
                currentUsers.current(), AccessLog.Channel.API);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("personId", id,
                "relatedPersonId", body.relatedPersonId(), "type", type.name()));
    }

    record MoveRequest(@ReportedAs("addressLine1") String line1, @ReportedAs("addressLine2") String line2, String town,
                       String postcode, @ReportedAs("addressSince") String since, Boolean wholeHousehold) {
    }

    /** A move: the new address starts on {@code since}; the current one ends the day before. */
    @PostMapping("/{id}/addresses")
    ResponseEntity<?> move(@PathVariable long id, @RequestBody MoveRequest body) {
        Problems problems = new Problems();
        LocalDate since = DateParts.fromIso(body.since(), "since", "since", problems);
        problems.throwIfAny();
        addresses.move(id, new PersonInput.AddressInput(body.line1(), body.line2(), body.town(), body.postcode(), since),
                Boolean.TRUE.equals(body.wholeHousehold()), currentUsers.current(), AccessLog.Channel.API);
        return ResponseEntity.status(HttpStatus.CREATED).body(people.find(id).orElseThrow().addresses());
    }

    @Operation(summary = "Record a child's former UPN, why their UPN is unknown and their date of death (census items)")
    @PutMapping("/{id}/census-details")
    PersonView saveCensusDetails(@PathVariable long id, @RequestBody CensusDetailsRequest body) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        LocalDate died = DateParts.fromIso(body.dateOfDeath(), "dateOfDeath", "dateOfDeath", problems);
        census.save(id, new CensusDetails.Change(body.formerUpn(), body.upnUnknownReason(), died, body.version()), problems,
                user, AccessLog.Channel.API);
        return view(people.find(id).orElseThrow(), user);
    }

    record MergeRequest(@ReportedAs("mergedId") Long mergedPersonId, String reason, Boolean confirmConflicts) {
    }

    /**
     * A manager merges mergedPersonId into {id}; the merged record's history stays on {id}. Records
     * that cannot be one person's (a child's and an adult's, different NHS numbers) are a 400; ones
     * that may not be (different dates of birth, linked to each other) a 409 listing the
     * {@code conflicts}, until the request is repeated with "confirmConflicts": true.
     */
    @PostMapping("/{id}/merge")
    ResponseEntity<?> merge(@PathVariable @ReportedAs("keptId") long id, @RequestBody MergeRequest body) {
        if (body.mergedPersonId() == null) {
            new Problems().add("mergedPersonId", "Give the ID of the record to merge into this one").throwIfAny();
        }
        try {
            merge.merge(id, body.mergedPersonId(), body.reason(), Boolean.TRUE.equals(body.confirmConflicts()),
                    currentUsers.current(), AccessLog.Channel.API);
        } catch (MergeNeedsConfirming e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, String.join(" ", e.conflicts())
                    + " Check these records are the same person, then repeat the request with \"confirmConflicts\": true.");
            p.setTitle("Check these are the same person");
            p.setProperty("conflicts", e.conflicts());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
        }
        return ResponseEntity.ok(Map.of("keptId", id, "mergedId", body.mergedPersonId()));
    }

    private PersonView view(Person p, CurrentUser user) {
        return new PersonView(p.id(), p.child(), p.givenName(), p.familyName(), p.fullName(), p.dateOfBirth(),
                p.expectedDateOfBirth(), p.gender().name(), p.ethnicity() == null ? null : p.ethnicity().code(),
                p.nhsNumber(), p.upn(), p.firstLanguage(), p.religion(), p.restricted(), p.otherNames(), p.addresses(),
                p.disabilities().stream().map(Disability::code).toList(), family.shownTo(p.id(), user), p.mergedInto(),
                p.child() ? CensusView.of(census.read(p)) : null, p.version());
    }

    private static PersonInput toInput(PersonRequest b, Problems problems) {
        LocalDate dob = DateParts.fromIso(b.dateOfBirth(), "dateOfBirth", "dateOfBirth", problems);
        LocalDate edob = DateParts.fromIso(b.expectedDateOfBirth(), "expectedDateOfBirth", "expectedDateOfBirth", problems);
        PersonInput.AddressInput address = null;
        if (b.address() != null) {
            LocalDate since = DateParts.fromIso(b.address().since(), "address.since", "address.since", problems);
            address = new PersonInput.AddressInput(b.address().line1(), b.address().line2(), b.address().town(),
                    b.address().postcode(), since);
        }
        String gender = b.gender();
        if (gender != null) {
            // The API accepts the census code ("2") or the name ("FEMALE").
            gender = java.util.Arrays.stream(Gender.values()).filter(g -> g.name().equals(b.gender()))
                    .map(Gender::code).findFirst().orElse(b.gender());
        }
        return new PersonInput(b.child(), b.givenName(), b.familyName(), b.formerNames(), dob, edob, gender,
                b.ethnicity(), b.nhsNumber(), b.upn(), b.firstLanguage(), b.religion(), b.disabilities(), address);
    }
}
