package org.opencsc.returns.census.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.PreProceedings;
import org.opencsc.returns.census.Section47;

/**
 * Derives the census children from the rows read, as the issue's derivation says (each item
 * from the record that keeps it, V42's stored values where a file gave them). Nothing is
 * invented: a missing item stays missing for the rules to report, unless the schema cannot hold
 * the child without it, and then the child is listed as unexportable with what to record.
 *
 * <p>The census is a picture of the year as at its reference date, so what happened after
 * 31 March is not in it: an episode closed after the reference date is open in the return, a
 * plan ended after it is open, and assessments, enquiries, plans, conferences and reviews dated
 * after it are left out. Without this, the return for a past year would change every time it
 * was exported again, and would fail the DfE's rules on dates within the year.
 */
final class CensusAssembler {

    record Assembled(List<CensusChild> children, List<Unexportable> unexportable) {
    }

    private final LocalDate reference;
    private final LocalDate start;
    private final Map<Long, List<CensusRows.DisabilityRow>> disabilities;
    private final Map<Long, List<CensusRows.ReferralRow>> referrals;
    private final Map<Long, List<CensusRows.AssessmentRow>> assessments;
    private final Map<Long, List<CensusRows.Section47Row>> section47s;
    private final Map<Long, List<CensusRows.CinPlanRow>> cinPlans;
    private final Map<Long, List<CensusRows.CpPlanRow>> cpPlans;
    private final Map<Long, List<CensusRows.ReviewRow>> reviews;
    private final Map<Long, List<CensusRows.PreProceedingsRow>> preProceedings;
    private final List<CensusRows.PersonRow> people;

    private CensusAssembler(CensusYear year, CensusRows.Snapshot rows) {
        this.reference = year.referenceDate();
        this.start = year.start();
        this.people = rows.people();
        this.disabilities = byKey(rows.disabilities(), CensusRows.DisabilityRow::personId);
        this.referrals = byKey(rows.referrals(), CensusRows.ReferralRow::personId);
        this.assessments = byKey(rows.assessments(), CensusRows.AssessmentRow::referralId);
        this.section47s = byKey(rows.section47s(), CensusRows.Section47Row::referralId);
        this.cinPlans = byKey(rows.cinPlans(), CensusRows.CinPlanRow::personId);
        this.cpPlans = byKey(sorted(rows.cpPlans()), CensusRows.CpPlanRow::personId);
        this.reviews = byKey(rows.reviews(), CensusRows.ReviewRow::planId);
        this.preProceedings = byKey(rows.preProceedings(), CensusRows.PreProceedingsRow::personId);
    }

    static Assembled assemble(CensusYear year, CensusRows.Snapshot rows) {
        return new CensusAssembler(year, rows).assemble();
    }

    private Assembled assemble() {
        List<CensusChild> children = new ArrayList<>();
        List<Unexportable> unexportable = new ArrayList<>();
        for (CensusRows.PersonRow person : people) {
            List<String> missing = SchemaRequirements.missing(person);
            if (missing.isEmpty()) {
                children.add(child(person));
            } else {
                unexportable.add(new Unexportable(person.id(), person.laChildId(), String.join(" ", missing)));
            }
        }
        return new Assembled(children, unexportable);
    }

    private CensusChild child(CensusRows.PersonRow person) {
        ChildIdentifiers identifiers = new ChildIdentifiers(person.laChildId(), person.upn(), person.formerUpn(),
                person.upnUnknownReason(), person.dateOfBirth(), person.expectedDateOfBirth(),
                SchemaRequirements.sex(person.gender()), person.dateOfDeath());
        ChildCharacteristics characteristics = new ChildCharacteristics(person.ethnicity(),
                get(disabilities, person.id()).stream().map(CensusRows.DisabilityRow::code).toList());
        List<CinDetails> episodes = get(referrals, person.id()).stream()
                .map(referral -> episode(referral, person.id()))
                .toList();
        return new CensusChild(identifiers, characteristics, episodes, person.id());
    }

    private CinDetails episode(CensusRows.ReferralRow referral, long personId) {
        LocalDate closure = asAtReference(referral.closureDate());
        String reasonForClosure = closure == null ? null : referral.closureReason();
        Episode window = new Episode(referral.referralDate(), closure, reference);

        List<Assessment> assessments = get(this.assessments, referral.id()).stream()
                .filter(a -> !a.startedOn().isAfter(reference) && !endedBeforeTheYear(asAtReference(a.authorisedOn())))
                .map(this::assessment)
                .toList();
        List<CensusRows.Section47Row> enquiries = get(this.section47s, referral.id()).stream()
                .filter(s -> !s.startedOn().isAfter(reference))
                .toList();
        List<Section47> section47s = enquiries.stream()
                .filter(this::inTheYear)
                .map(this::section47)
                .toList();
        List<CensusRows.CpPlanRow> childsCpPlans = get(cpPlans, personId);
        List<CinPlanDates> cinPlanDates = get(cinPlans, personId).stream()
                .filter(p -> window.contains(p.startedOn()))
                .map(p -> new CinPlanDates(p.startedOn(), cinPlanEnd(p, childsCpPlans, closure), p.id()))
                .filter(p -> !endedBeforeTheYear(p.endDate()))
                .toList();
        List<ChildProtectionPlan> protectionPlans = childsCpPlans.stream()
                .filter(p -> window.contains(p.startedOn()) && !endedBeforeTheYear(asAtReference(p.endedOn())))
                .map(p -> protectionPlan(p, childsCpPlans))
                .toList();
        // The episode's own DateOfInitialCPC is for a conference whose enquiry is not in the
        // return: one on a returned enquiry is given there only (2884).
        LocalDate initialConference = enquiries.stream()
                .filter(s -> !inTheYear(s))
                .map(s -> asAtReference(s.initialConference()))
                .filter(day -> day != null && !day.isBefore(start))
                .min(Comparator.naturalOrder()).orElse(null);
        boolean referralNfa = referral.censusReferralNfa() != null
                ? referral.censusReferralNfa()
                : "RC8".equals(reasonForClosure) && !hadFurtherAction(referral, window, childsCpPlans);
        return new CinDetails(referral.referralDate(), referral.sourceCode(), referral.primaryNeedCode(),
                closure, reasonForClosure, initialConference, assessments, cinPlanDates, section47s,
                referralNfa, protectionPlans, preProceedings(personId, window), referral.id());
    }

    /**
     * The pre-proceedings of this episode: those started within it (referral to closure) and in
     * the census year. What happened after the reference date is left out like everything else.
     */
    private List<PreProceedings> preProceedings(long personId, Episode window) {
        return get(this.preProceedings, personId).stream()
                .filter(p -> window.contains(p.startedOn()) && !p.startedOn().isBefore(start))
                .map(this::preProceedings)
                .toList();
    }

    private PreProceedings preProceedings(CensusRows.PreProceedingsRow p) {
        LocalDate initialMeeting = p.initialMeetingOn();
        // ReviewMeetingsCount is given once the initial meeting was held (9015Q asks for it then),
        // 0 included; before it, only if reviews were somehow held.
        Integer reviews = initialMeeting != null || p.reviewsHeld() > 0 ? p.reviewsHeld() : null;
        LocalDate stepDecision = asAtReference(p.stepDecisionOn());
        return new PreProceedings(p.startedOn(), p.letterSentOn(),
                asAtReference(p.fgdmOfferedOn()) != null, asAtReference(p.fgdmHeldOn()) != null,
                initialMeeting, reviews, stepDecision,
                stepDecision == null ? null : PreProceedingsCodes.outcome(p.outcome()),
                asAtReference(p.courtApplicationOn()), asAtReference(p.issueLetterSentOn()), p.id());
    }

    /**
     * Whether the referral led to anything by the reference date, in the year or before it: the
     * scope of the return's modules does not make an old referral's work no further action.
     */
    private boolean hadFurtherAction(CensusRows.ReferralRow referral, Episode window, List<CensusRows.CpPlanRow> childsCpPlans) {
        return get(assessments, referral.id()).stream().anyMatch(a -> !a.startedOn().isAfter(reference))
                || get(section47s, referral.id()).stream().anyMatch(s -> !s.startedOn().isAfter(reference))
                || get(cinPlans, referral.personId()).stream().anyMatch(p -> window.contains(p.startedOn()))
                || childsCpPlans.stream().anyMatch(p -> window.contains(p.startedOn()));
    }

    /**
     * The factors are those identified at the end of the assessment (8614): an assessment not
     * authorised by the reference date has none in the return yet, whatever its draft holds.
     */
    private Assessment assessment(CensusRows.AssessmentRow a) {
        LocalDate authorised = asAtReference(a.authorisedOn());
        return new Assessment(a.startedOn(), asAtReference(a.internalReviewDate()), authorised,
                authorised == null ? List.of() : a.factors(), a.id());
    }

    /**
     * An enquiry is in the year's return unless all of it was over before the year began: its
     * initial conference held before 1 April, or, with none held, the enquiry completed before
     * then with no conference needed (8715, 8740). One still waiting for its conference is
     * returned however old it is, for 8740 to report.
     */
    private boolean inTheYear(CensusRows.Section47Row s) {
        LocalDate conference = asAtReference(s.initialConference());
        if (conference != null) {
            return !conference.isBefore(start);
        }
        LocalDate completed = asAtReference(s.completedOn());
        return completed == null || "ICPC_REQUIRED".equals(s.outcome()) || !completed.isBefore(start);
    }

    /**
     * A module that ended before the collection year began is not in the return (the DfE's
     * 8696, 4013, 8930: assessments authorised, and plans ended, within the year).
     */
    private boolean endedBeforeTheYear(LocalDate end) {
        return end != null && end.isBefore(start);
    }

    private Section47 section47(CensusRows.Section47Row s) {
        LocalDate completed = asAtReference(s.completedOn());
        boolean icpcNotRequired = completed != null && !"ICPC_REQUIRED".equals(s.outcome());
        return new Section47(s.startedOn(), s.icpcDueOn(), asAtReference(s.initialConference()), icpcNotRequired, s.id());
    }

    /**
     * The stored end when the import gave one; otherwise the plan ended when the child's next
     * child protection plan began (the child moved up to protection), or when the episode closed,
     * whichever came first.
     */
    private LocalDate cinPlanEnd(CensusRows.CinPlanRow plan, List<CensusRows.CpPlanRow> childsCpPlans, LocalDate closure) {
        if (plan.endedOn() != null) {
            return asAtReference(plan.endedOn());
        }
        LocalDate nextProtectionPlan = childsCpPlans.stream()
                .map(CensusRows.CpPlanRow::startedOn)
                .filter(start -> start.isAfter(plan.startedOn()) && !start.isAfter(reference))
                .findFirst().orElse(null);
        return Stream.of(nextProtectionPlan, closure).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The initial category is the initial conference's: the plan's own category follows its
     * reviews. The latest is that of the latest review (up to the reference date) that continued
     * the plan, else the one a file gave, else the plan's category.
     */
    private ChildProtectionPlan protectionPlan(CensusRows.CpPlanRow plan, List<CensusRows.CpPlanRow> childsCpPlans) {
        List<CensusRows.ReviewRow> held = get(reviews, plan.id()).stream()
                .filter(r -> !r.heldOn().isAfter(reference))
                .toList();
        String latestCategory = held.stream()
                .filter(r -> "CONTINUE_PLAN".equals(r.decision()) && r.category() != null)
                .reduce((earlier, later) -> later)
                .map(CensusRows.ReviewRow::category)
                .orElse(plan.latestCategory() != null ? plan.latestCategory() : plan.category());
        int previous = plan.previousPlans() != null
                ? plan.previousPlans()
                : (int) childsCpPlans.stream().filter(p -> p.startedOn().isBefore(plan.startedOn())).count();
        return new ChildProtectionPlan(plan.startedOn(), asAtReference(plan.endedOn()), plan.initialCategory(),
                latestCategory, previous, held.stream().map(CensusRows.ReviewRow::heldOn).toList(), plan.id());
    }

    /** A date as the return knows it on its reference date: later ones had not happened yet. */
    private LocalDate asAtReference(LocalDate day) {
        return day == null || day.isAfter(reference) ? null : day;
    }

    /** An episode from its referral to its closure (or the reference date while open), both days in. */
    private record Episode(LocalDate from, LocalDate closure, LocalDate reference) {
        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(closure == null ? reference : closure);
        }
    }

    private static List<CensusRows.CpPlanRow> sorted(List<CensusRows.CpPlanRow> plans) {
        return plans.stream()
                .sorted(Comparator.comparing(CensusRows.CpPlanRow::startedOn).thenComparing(CensusRows.CpPlanRow::id))
                .toList();
    }

    private static <T> Map<Long, List<T>> byKey(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> grouped = new HashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    private static <T> List<T> get(Map<Long, List<T>> grouped, long key) {
        return grouped.getOrDefault(key, List.of());
    }
}
