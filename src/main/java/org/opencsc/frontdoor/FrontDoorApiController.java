package org.opencsc.frontdoor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.ReportedAs;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The front door over JSON: contacts, checks, decisions, sign-off, referrals and allocation.
 * Every change that could race another user carries the version it was based on (409 if stale).
 */
@ApiController("/api/v1")
class FrontDoorApiController {

    private final ContactService contacts;
    private final ReferralService referrals;
    private final CaseContextService context;
    private final NewInformationService newInformation;
    private final CurrentUsers currentUsers;

    FrontDoorApiController(ContactService contacts, ReferralService referrals, CaseContextService context,
                           NewInformationService newInformation, CurrentUsers currentUsers) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.context = context;
        this.newInformation = newInformation;
        this.currentUsers = currentUsers;
    }

    /** ContactRules name the page's fields ("received", "source"); the JSON body's names are declared beside them. */
    record ContactRequest(@ReportedAs("received") String receivedAt, @ReportedAs("source") String sourceCode,
                          String contactorName, String contactorAgency,
                          String contactorDetails, String reported, String urgency, String consent, String consentScope,
                          String sharingReason, Boolean outOfHours, String handoverNote, List<Long> childIds,
                          @Schema(description = "The presenting concern's code (optional): one of NEGLECT, PHYSICAL_ABUSE, "
                                  + "SEXUAL_ABUSE, EMOTIONAL_ABUSE, DOMESTIC_ABUSE, SEXUAL_EXPLOITATION, CRIMINAL_EXPLOITATION, "
                                  + "TRAFFICKING, GOING_MISSING, PARENT_MENTAL_HEALTH, PARENT_SUBSTANCE_MISUSE, "
                                  + "CHILD_MENTAL_HEALTH, CHILD_SUBSTANCE_MISUSE, DISABILITY_OR_ILLNESS, YOUNG_CARER, "
                                  + "PRIVATE_FOSTERING, UNACCOMPANIED_ASYLUM_SEEKING, FEMALE_GENITAL_MUTILATION, "
                                  + "FAITH_OR_BELIEF, OTHER") String presentingConcern,
                          @Schema(description = "The concern in words") String concernDetails,
                          @Schema(description = "The referrer's role (their organisation is contactorAgency)") String contactorRole,
                          @Schema(description = "How the referrer knows the child: teacher, neighbour, aunt...") String contactorRelationship,
                          @Schema(description = "The child's school or nursery, where known") String childSchool,
                          @Schema(description = "The child's GP practice, where known") String childGp,
                          @Schema(description = "The parents or carers: who, and whether present or aware of the contact") String parentsOrCarers,
                          @Schema(description = "What the child is reported to have said, in their words") String childWords) {
    }

    @PostMapping("/contacts")
    ResponseEntity<Contact> record(@RequestBody ContactRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        Instant received = DateParts.instantFromIso(body.receivedAt(), "receivedAt", problems);
        ReferralSource source = parse(body.sourceCode(), "sourceCode", ReferralSource::fromCode, problems);
        Urgency urgency = parse(body.urgency(), "urgency", Urgency::parse, problems);
        Consent consent = parse(body.consent(), "consent", Consent::parse, problems);
        PresentingConcern concern = parse(body.presentingConcern(), "presentingConcern", PresentingConcern::parse, problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        long id = contacts.record(new ContactInput(received, source, body.contactorName(), body.contactorAgency(),
                body.contactorDetails(), body.reported(), urgency, consent, body.consentScope(), body.sharingReason(),
                Boolean.TRUE.equals(body.outOfHours()), body.handoverNote(), body.childIds(),
                new GatheredDetails(concern, body.concernDetails(), body.contactorRole(), body.contactorRelationship(),
                        body.childSchool(), body.childGp(), body.parentsOrCarers(), body.childWords())),
                user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id))
                .body(contacts.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    @Operation(summary = "The duty queue: contacts awaiting a decision, soonest due first",
            description = "A contact about a restricted record the caller is not named on is a WithheldContact "
                    + "(withheld: true) with only receivedOn, decisionDueOn and status, for the roles that work the queue "
                    + "(contact officers, duty social workers, duty and team managers), so the count and the due dates "
                    + "stay true; others are not shown contacts they may not open. The staff named on the record see it "
                    + "in full and find it under GET /api/v1/work/attention.")
    @GetMapping("/contacts")
    List<ContactQueueLine> queue() {
        return contacts.queue(currentUsers.current(), 500);
    }

    @GetMapping("/contacts/{id}")
    Contact get(@PathVariable long id, HttpServletRequest request) {
        return contacts.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    @Operation(summary = "What is open and recent for the contact's children and their siblings",
            description = "For each child the contact is about (subject: true) and each sibling: the open referral, level of "
                    + "need, plans, allocated worker and team, and the contacts and referrals of the last 12 months. A sibling "
                    + "the caller may not open is withheld: true with nothing else but the relationship.")
    @GetMapping("/contacts/{id}/context")
    CaseContext context(@PathVariable long id, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        return context.of(contacts.open(id, user, AccessLog.Channel.API, request.getRequestURI()), user, AccessLog.Channel.API,
                request.getRequestURI());
    }

    @Operation(summary = "The contact as new information passed to each open case's worker",
            description = "A contact decided as NEW_INFORMATION (or a referral for a child whose case is open) is passed to the "
                    + "worker who holds the case, one item per child, due the next working day until acknowledged.")
    @GetMapping("/contacts/{id}/new-information")
    List<NewInformation> newInformation(@PathVariable long id, HttpServletRequest request) {
        contacts.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
        return newInformation.forContact(id);
    }

    record AcknowledgementRequest(@Schema(description = "What the worker or manager will do with the information") String response) {
    }

    @Operation(summary = "The allocated worker (or their team's manager) has read the new information and says what they will do")
    @PostMapping("/contacts/{id}/new-information/{itemId}/acknowledgement")
    List<NewInformation> acknowledge(@PathVariable long id, @PathVariable long itemId, @RequestBody AcknowledgementRequest body) {
        newInformation.acknowledge(id, itemId, body.response(), currentUsers.current(), AccessLog.Channel.API);
        return newInformation.forContact(id);
    }

    record CheckRequest(Integer version, String agency, String outcome) {
    }

    @PostMapping("/contacts/{id}/checks")
    ResponseEntity<Contact> check(@PathVariable long id, @RequestBody CheckRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        Agency agency = parse(body.agency(), "agency", Agency::parse, problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        contacts.addCheck(id, body.version(), agency, body.outcome(), user, AccessLog.Channel.API);
        return ResponseEntity.status(201).body(contacts.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    record DecisionRequest(Integer version, String outcome, String reason, String earlyHelpService, String primaryNeed) {
    }

    @Operation(summary = "Records the decision on a contact (a manager's is signed off as made)",
            description = "outcome is NO_FURTHER_ACTION, INFORMATION_AND_ADVICE, EARLY_HELP (with earlyHelpService), REFERRAL "
                    + "(with primaryNeed) or NEW_INFORMATION. A contact about children whose cases are all open cannot be a "
                    + "REFERRAL (409: a referral is never opened while one is open); it is NEW_INFORMATION, passed to each "
                    + "case's allocated worker (GET /api/v1/contacts/{id}/new-information), which needs every child's case "
                    + "open (400 otherwise). A REFERRAL about siblings of whom some are open refers the others and passes "
                    + "the contact to the open cases' workers.")
    @PostMapping("/contacts/{id}/decision")
    ResponseEntity<Contact> decide(@PathVariable long id, @RequestBody DecisionRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        DecisionOutcome outcome = parse(body.outcome(), "outcome", DecisionOutcome::parse, problems);
        PrimaryNeed need = parse(body.primaryNeed(), "primaryNeed", PrimaryNeed::fromCode, problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        contacts.decide(id, body.version(), outcome, body.reason(), body.earlyHelpService(), need, user, AccessLog.Channel.API);
        return ResponseEntity.status(201).body(contacts.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    record SignOffRequest(Integer version,
                          @Schema(description = "The manager's rationale for the sign-off (required)") String rationale,
                          @Schema(description = "true to agree with the decision; false to change it to changedOutcome") Boolean agree,
                          @Schema(description = "When agree is false: the decision the manager makes instead") String changedOutcome,
                          @Schema(description = "When changedOutcome is EARLY_HELP: the service") String changedEarlyHelpService,
                          @Schema(description = "When changedOutcome is REFERRAL: the CIN primary need code (N1..N9)") String changedPrimaryNeed) {
    }

    @Operation(summary = "A manager signs off a duty worker's decision, agreeing or changing it",
            description = "rationale and agree are required. With agree false, changedOutcome (and its early help service "
                    + "or primary need) is the manager's decision, which then stands and is followed through; the duty "
                    + "worker's decision is kept as decision.original. With agree true, the changed* fields must be left out.")
    @PostMapping("/contacts/{id}/sign-off")
    Contact signOff(@PathVariable long id, @RequestBody SignOffRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        DecisionOutcome changed = parse(body.changedOutcome(), "changedOutcome", DecisionOutcome::parse, problems);
        PrimaryNeed need = parse(body.changedPrimaryNeed(), "changedPrimaryNeed", PrimaryNeed::fromCode, problems);
        if (Boolean.TRUE.equals(body.agree())) {
            // Agreeing with a changed decision in the same body is a contradiction, not something to guess at.
            leaveOut("changedOutcome", body.changedOutcome(), problems);
            leaveOut("changedEarlyHelpService", body.changedEarlyHelpService(), problems);
            leaveOut("changedPrimaryNeed", body.changedPrimaryNeed(), problems);
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        contacts.signOff(id, body.version(), new SignOffInput(body.rationale(), body.agree(), changed,
                body.changedEarlyHelpService(), need), user, AccessLog.Channel.API);
        return contacts.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }

    @Operation(summary = "Referrals awaiting allocation, oldest first",
            description = "For managers (duty and team managers), who allocate; any other role is refused (403), as on "
                    + "the allocation page. A referral about a restricted record the caller is not named on is a "
                    + "WithheldReferral (withheld: true) with only its referralDate; the staff named on the record see it "
                    + "in full and allocate it.")
    @GetMapping("/referrals")
    List<ReferralQueueLine> awaitingAllocation() {
        return referrals.awaitingAllocation(currentUsers.current(), 500);
    }

    @GetMapping("/referrals/{id}")
    Referral referral(@PathVariable long id) {
        return referrals.open(id, contacts, currentUsers.current(), AccessLog.Channel.API, "/api/v1/referrals/" + id);
    }

    record AllocationRequest(Integer version, @ReportedAs("worker") Long workerId, Long teamId,
                             @Schema(description = "Required when a child allocated here is held by someone else now: "
                                     + "allocating moves them, which is recorded as a transfer with this reason") String reason) {
    }

    @Operation(summary = "Allocates a referral, with the siblings referred by the same contact, to one worker",
            description = "The siblings the caller may open who were referred by the same contact and are not yet "
                    + "allocated go to the same worker. Allocating a child someone already holds is a transfer: reason is "
                    + "then required (400 naming reason without it), and the chronology and both workers are told. The answer's "
                    + "workerCaseload is the worker's caseload now against their limit: atOrOverLimit (with its warning) warns, "
                    + "it does not refuse, since a manager may decide to allocate to a full caseload.")
    @PostMapping("/referrals/{id}/allocation")
    Referral allocate(@PathVariable long id, @RequestBody AllocationRequest body) {
        Problems problems = new Problems();
        requireVersion(body.version(), problems);
        problems.throwIfAny();
        referrals.allocate(id, body.version(), body.workerId(), body.teamId(), body.reason(), currentUsers.current(),
                AccessLog.Channel.API);
        Referral done = referrals.find(id);
        return done.withCaseload(referrals.caseloadOf(body.workerId(), body.teamId()));
    }

    @GetMapping("/workers/caseloads")
    List<org.opencsc.workforce.WorkerCaseload> caseloads() {
        return referrals.caseloadsFor(currentUsers.current());
    }

    private static void leaveOut(String field, String value, Problems problems) {
        if (value != null && !problems.has(field)) {
            problems.add(field, "Leave out " + field + " when you agree with the decision (agree: true)");
        }
    }

    private static void requireVersion(Integer version, Problems problems) {
        if (version == null) {
            problems.add("version", "Send the version of the record you are changing (from GET), so concurrent changes are not lost");
        }
    }

    private static <T> T parse(String value, String field, java.util.function.Function<String, java.util.Optional<T>> parser,
                               Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parser.apply(value.trim()).orElseGet(() -> {
            problems.add(field, "Unknown " + field + " '" + value + "'");
            return null;
        });
    }

}
