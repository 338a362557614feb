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
import org.opencsc.returns.census.Section47;

/**
 * Derives the census children from the rows read, as the derivation says (each item
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
    private final Map<Long, List<CensusRows.DisabilityRow>> disabilities;
    private final Map<Long, List<CensusRows.ReferralRow>> referrals;
    private final Map<Long, List<CensusRows.AssessmentRow>> assessments;
    private final Map<Long, List<CensusRows.Section47Row>> section47s;
    private final Map<Long, List<CensusRows.CinPlanRow>> cinPlans;
    private final Map<Long, List<CensusRows.CpPlanRow>> cpPlans;
    private final Map<Long, List<CensusRows.ReviewRow>> reviews;
    private final List<CensusRows.PersonRow> people;

    private CensusAssembler(CensusYear year, CensusRows.Snapshot rows) {
        this.reference = year.referenceDate();
        this.people = rows.people();
        this.disabilities = byKey(rows.disabilities(), CensusRows.DisabilityRow::personId);
        this.referrals = byKey(rows.referrals(), CensusRows.ReferralRow::personId);
        this.assessments = byKey(rows.assessments(), CensusRows.AssessmentRow::referralId);
        this.section47s = byKey(rows.section47s(), CensusRows.Section47Row::referralId);
        this.cinPlans = byKey(rows.cinPlans(), CensusRows.CinPlanRow::personId);
        this.cpPlans = byKey(sorted(rows.cpPlans()), CensusRows.CpPlanRow::personId);
        this.reviews = byKey(rows.reviews(), CensusRows.ReviewRow::planId);
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
                .filter(a -> !a.startedOn().isAfter(reference))
                .map(a -> new Assessment(a.startedOn(), asAtReference(a.internalReviewDate()),
                        asAtReference(a.authorisedOn()), a.factors(), a.id()))
                .toList();
        List<Section47> section47s = get(this.section47s, referral.id()).stream()
                .filter(s -> !s.startedOn().isAfter(reference))
                .map(this::section47)
                .toList();
        List<CensusRows.CpPlanRow> childsCpPlans = get(cpPlans, personId);
        List<CinPlanDates> cinPlanDates = get(cinPlans, personId).stream()
                .filter(p -> window.contains(p.startedOn()))
                .map(p -> new CinPlanDates(p.startedOn(), cinPlanEnd(p, childsCpPlans, closure), p.id()))
                .toList();
        List<ChildProtectionPlan> protectionPlans = childsCpPlans.stream()
                .filter(p -> window.contains(p.startedOn()))
                .map(p -> protectionPlan(p, childsCpPlans))
                .toList();
        LocalDate initialConference = section47s.stream().map(Section47::dateOfInitialCpc)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        boolean referralNfa = referral.censusReferralNfa() != null
                ? referral.censusReferralNfa()
                : "RC8".equals(reasonForClosure) && assessments.isEmpty() && section47s.isEmpty()
                        && cinPlanDates.isEmpty() && protectionPlans.isEmpty();
        return new CinDetails(referral.referralDate(), referral.sourceCode(), referral.primaryNeedCode(),
                closure, reasonForClosure, initialConference, assessments, cinPlanDates, section47s,
                referralNfa, protectionPlans, List.of(), referral.id());
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
