package org.opencsc.demo;

import java.util.List;
import java.util.Random;
import java.util.Map;
import org.opencsc.frontdoor.DecisionOutcome;
import org.opencsc.frontdoor.PresentingConcern;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;

/**
 * What generated contacts say: who calls the front door and how often (weights roughly as the
 * CIN census referral sources, police and schools first), what they report, and the reasons
 * recorded with decisions. %s in a report is the first child's given name.
 */
final class DemoFrontDoorTexts {

    private DemoFrontDoorTexts() {
    }

    /** {@code minAge}: the youngest child (the eldest named in the contact) the report can be about. */
    record Source(ReferralSource source, int weight, String agency, String contactor, String details, String reported, int minAge) {
        Source(ReferralSource source, int weight, String agency, String contactor, String details, String reported) {
            this(source, weight, agency, contactor, details, reported, 0);
        }
    }

    static final List<Source> SOURCES = List.of(
            new Source(ReferralSource.POLICE, 28, "Merseyside Police", "PC Hughes", "101, ext 4471",
                    "Police attended a domestic incident at the home overnight. %s was present and upset; mum had a cut lip and did not want to make a statement."),
            new Source(ReferralSource.SCHOOLS, 20, "St Mary's Primary School", "Mrs Patel (designated safeguarding lead)", "0151 496 0118",
                    "%s arrived at school with a bruise on the cheek and said \"dad got cross\". Attendance is 82% this term and %s is often hungry.", 5),
            new Source(ReferralSource.EDUCATION_SERVICES, 2, "Education welfare service", "Education welfare officer", "0151 496 0230",
                    "%s has missed 40% of sessions this term; letters and home visits have had no response.", 5),
            new Source(ReferralSource.HEALTH_GP, 3, "Riverside Medical Centre", "Dr Bell (GP)", "0151 496 0744",
                    "Mum disclosed heavy drinking and told the GP she is struggling to care for the children. %s has missed immunisations."),
            new Source(ReferralSource.HEALTH_VISITOR, 5, "Health visiting team", "Jo Walsh (health visitor)", "07700 900 415",
                    "Missed health appointments; home conditions poor at the last visit, with little food in. Mum seemed low and tearful."),
            new Source(ReferralSource.HEALTH_SCHOOL_NURSE, 2, "School nursing service", "School nurse", "0151 496 0602",
                    "%s told the school nurse about not sleeping because of arguments at home.", 5),
            new Source(ReferralSource.HEALTH_EMERGENCY, 4, "Whiston Hospital emergency department", "Dr Okafor", "0151 496 0900",
                    "%s attended A&E with a fractured wrist. The explanation of how it happened changed between staff."),
            new Source(ReferralSource.HEALTH_OTHER, 3, "CAMHS", "Mental health practitioner", "0151 496 0371",
                    "%s disclosed self-harm at a CAMHS appointment and said things at home are \"really bad\".", 10),
            new Source(ReferralSource.HOUSING, 3, "Knowsley Housing Trust", "Housing officer", "0151 496 0550",
                    "Rent arrears and an eviction notice; the family may be homeless within weeks. Neighbours report shouting."),
            new Source(ReferralSource.LA_EARLY_HELP, 6, "Early help hub", "Family support practitioner", "0151 496 0810",
                    "The early help plan is not progressing: mum has stopped engaging and concerns about neglect have grown. Step-up requested."),
            new Source(ReferralSource.LA_EXTERNAL, 2, "Another local authority", "Duty social worker", "0161 496 0123",
                    "The family moved here from another authority; information shared about a previous child protection plan for %s."),
            new Source(ReferralSource.INDIVIDUAL_FAMILY, 6, null, "Maternal grandmother", "07700 900 312",
                    "Grandmother is worried: %s has been left alone in the evenings and the flat has no food.", 6),
            new Source(ReferralSource.INDIVIDUAL_ACQUAINTANCE, 3, null, "Neighbour", "07700 900 577",
                    "Neighbour hears shouting and crying most nights and saw %s outside late in the evening without a coat.", 3),
            new Source(ReferralSource.OTHER_LEGAL_AGENCY, 2, "Probation service", "Probation officer", "0151 496 0666",
                    "Father is released from prison on licence and intends to return to the family home; previous domestic abuse conviction."),
            new Source(ReferralSource.OTHER, 2, "Church youth group", "Youth leader", "07700 900 188",
                    "%s told a youth leader they are scared to go home.", 8),
            new Source(ReferralSource.ANONYMOUS, 3, null, null, null,
                    "Caller says the children are left alone and the house is dirty; would not give their name."),
            new Source(ReferralSource.UNKNOWN, 1, null, null, null,
                    "Concern passed on without the name of who raised it: %s seen begging for food near the shops.", 6));

    /**
     * What the contact officer gathered beyond the report, by who called: the coded concern and
     * its words (the same story as the report), the caller's role and how they know the child,
     * the parents or carers, and the child's own words where the report quotes them (every such
     * report is for a child old enough to talk; the generator checks again).
     */
    record Gathered(PresentingConcern concern, String details, String role, String relationship, String parents, String childWords) {
    }

    static final Map<ReferralSource, Gathered> GATHERED = Map.ofEntries(
            Map.entry(ReferralSource.POLICE, new Gathered(PresentingConcern.DOMESTIC_ABUSE,
                    "Domestic incident at the home overnight, with the child present", "Police constable",
                    "Attended the incident at the home", "Mum (injured; told police are sharing this) and her partner, who was arrested", null)),
            Map.entry(ReferralSource.SCHOOLS, new Gathered(PresentingConcern.PHYSICAL_ABUSE,
                    "Bruise to the cheek the child links to dad; poor attendance and often hungry", "Designated safeguarding lead",
                    "The child's school", "Mum and dad; school has not told them of this contact", "Dad got cross.")),
            Map.entry(ReferralSource.EDUCATION_SERVICES, new Gathered(PresentingConcern.NEGLECT,
                    "Persistent absence from school; no response to letters or home visits", "Education welfare officer",
                    "Works with the child's school on attendance", "Mum; has not answered letters or visits", null)),
            Map.entry(ReferralSource.HEALTH_GP, new Gathered(PresentingConcern.PARENT_SUBSTANCE_MISUSE,
                    "Mum's heavy drinking; she says she is struggling to care for the children", "GP", "The family's GP",
                    "Mum, who told the GP herself and knows of this contact", null)),
            Map.entry(ReferralSource.HEALTH_VISITOR, new Gathered(PresentingConcern.NEGLECT,
                    "Poor home conditions and little food; missed health appointments; mum low", "Health visitor",
                    "The family's health visitor", "Mum, seen at the home visit", null)),
            Map.entry(ReferralSource.HEALTH_SCHOOL_NURSE, new Gathered(PresentingConcern.EMOTIONAL_ABUSE,
                    "Arguments at home keep the child awake at night", "School nurse", "Nurse at the child's school",
                    "Mum and dad; not yet aware of this contact", "I can't sleep because they shout at each other.")),
            Map.entry(ReferralSource.HEALTH_EMERGENCY, new Gathered(PresentingConcern.PHYSICAL_ABUSE,
                    "Fractured wrist; the explanation of the injury changed", "Emergency department doctor",
                    "Treated the child at A&E", "Mum, who brought the child in", null)),
            Map.entry(ReferralSource.HEALTH_OTHER, new Gathered(PresentingConcern.CHILD_MENTAL_HEALTH,
                    "Self-harm disclosed at a CAMHS appointment", "Mental health practitioner", "The child's CAMHS practitioner",
                    "Mum, who brought the child to the appointment", "Things at home are really bad.")),
            Map.entry(ReferralSource.HOUSING, new Gathered(PresentingConcern.OTHER,
                    "Rent arrears and an eviction notice: the family may be homeless; shouting heard", "Housing officer",
                    "The family's landlord", "Mum and dad, both named on the tenancy", null)),
            Map.entry(ReferralSource.LA_EARLY_HELP, new Gathered(PresentingConcern.NEGLECT,
                    "Neglect concerns growing while the early help plan stalls; step-up requested", "Family support practitioner",
                    "Leads the family's early help plan", "Mum, who has stopped engaging with early help", null)),
            Map.entry(ReferralSource.LA_EXTERNAL, new Gathered(PresentingConcern.OTHER,
                    "Moved here from another authority after a child protection plan there", "Duty social worker",
                    "The family's previous local authority", "Mum, who gave them the new address", null)),
            Map.entry(ReferralSource.INDIVIDUAL_FAMILY, new Gathered(PresentingConcern.NEGLECT,
                    "Left alone in the evenings with no food in the flat", "Family member", "Maternal grandmother",
                    "Mum; does not know grandmother has called", null)),
            Map.entry(ReferralSource.INDIVIDUAL_ACQUAINTANCE, new Gathered(PresentingConcern.NEGLECT,
                    "Shouting and crying most nights; the child outside late without a coat", "Neighbour", "Lives next door",
                    "Mum and her partner", null)),
            Map.entry(ReferralSource.OTHER_LEGAL_AGENCY, new Gathered(PresentingConcern.DOMESTIC_ABUSE,
                    "Father returning home on licence after a domestic abuse conviction", "Probation officer",
                    "Supervises father's licence", "Mum, and father on licence from prison", null)),
            Map.entry(ReferralSource.OTHER, new Gathered(PresentingConcern.OTHER,
                    "The child says they are scared to go home", "Youth leader", "Runs the church youth group the child attends",
                    "Mum and her partner; not told of this contact", "I'm scared to go home.")),
            Map.entry(ReferralSource.ANONYMOUS, new Gathered(PresentingConcern.NEGLECT,
                    "Children left alone in a dirty home", null, null, null, null)),
            Map.entry(ReferralSource.UNKNOWN, new Gathered(PresentingConcern.NEGLECT,
                    "The child seen begging for food", null, null, null, null)));

    /** Schools by the child's age: primary to 10, secondary to 15, then college. */
    static final List<String> PRIMARY_SCHOOLS = List.of("St Mary's Primary School", "Park View Primary School", "Millbrook Primary School");
    static final List<String> SECONDARY_SCHOOLS = List.of("Knowsley Park Academy", "All Saints Catholic High School");
    static final String COLLEGE = "Knowsley Community College";
    static final List<String> GPS = List.of("Riverside Medical Centre", "Tower Hill Surgery", "Kirkby Health Centre");

    static String school(int age, Random r) {
        return age <= 10 ? PRIMARY_SCHOOLS.get(r.nextInt(PRIMARY_SCHOOLS.size()))
                : age <= 15 ? SECONDARY_SCHOOLS.get(r.nextInt(SECONDARY_SCHOOLS.size())) : COLLEGE;
    }

    static final List<String> CONSENT_SCOPES = List.of(
            "Mum agreed to checks with school, health and the police",
            "Both parents agreed that school and the GP may share information",
            "Mum agreed to information being shared with the early help service");

    static final List<String> SHARING_REASONS = List.of(
            "Seeking consent could place the children at increased risk of significant harm",
            "Possible significant harm: sharing is necessary to protect the children (Working Together 2023)",
            "Seeking consent could prejudice a police investigation");

    static final String REFUSED_REASON =
            "Mum refused consent; sharing without it is necessary and proportionate to protect the children from significant harm";

    static final List<String> EARLY_HELP_SERVICES = List.of(
            "Family support service (early help)", "Parenting programme", "School-based early help",
            "Domestic abuse support service", "Young carers service");

    static final List<String> AGREED_RATIONALES = List.of(
            "I agree: the checks and the history support this decision, and the contactor has been told.",
            "Agreed. The reasoning is proportionate to what was reported; consent was handled correctly.",
            "I agree with the decision and the reason given; no further checks needed before it stands.");

    static final List<String> NEW_INFORMATION_RESPONSES = List.of(
            "Read. I will discuss this with the family at this week's visit and update the plan.",
            "Read and discussed with my manager: it will be considered at the next review; school asked for an update.",
            "Read. Spoke to the referrer; this fits what we already know and is covered by the current plan.");

    /** Why the manager changed the duty worker's decision, by which way it moved. */
    static String changedRationale(DecisionOutcome original, DecisionOutcome standing) {
        String disagree = "I do not agree with " + original.label().toLowerCase() + ": ";
        return disagree + switch (standing) {
            case REFERRAL -> "read with the history, this gives reasonable cause to suspect significant harm and needs a social work assessment.";
            case EARLY_HELP -> "the family's needs are more than advice can meet but below the threshold for statutory work; they agreed to early help.";
            case INFORMATION_AND_ADVICE -> "the checks show a one-off concern the contactor can support; advice on where to turn is proportionate.";
            case NO_FURTHER_ACTION -> "the checks resolved the concern and universal services are already involved; there is no role for us.";
            case NEW_INFORMATION -> "the case is open, so this goes to the allocated worker.";
        };
    }

    static String reason(DecisionOutcome outcome, Random r) {
        List<String> reasons = switch (outcome) {
            case NO_FURTHER_ACTION -> List.of(
                    "Checks show no further concerns; the family is known to universal services, who will continue to support.",
                    "The concern was resolved by the contactor; no role for children's social care.");
            case INFORMATION_AND_ADVICE -> List.of(
                    "Advice given to the contactor about local support; to re-contact if concerns continue.",
                    "Signposted mum to the family hub and the GP.");
            case EARLY_HELP -> List.of(
                    "Needs are below the threshold for statutory social work; family agreed to an early help assessment.",
                    "Low-level neglect concerns that early help can address with the family's agreement.");
            case REFERRAL -> List.of(
                    "Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm: a section 47 strategy discussion is needed.",
                    "Child in need: an assessment is needed to understand the child's needs and the parents' capacity.");
            case NEW_INFORMATION -> List.of(
                    "The case is open: passed to the allocated worker to consider with the assessment and plan.");
        };
        return reasons.get(r.nextInt(reasons.size()));
    }

    /** Primary need at referral, most often abuse or neglect, as in the CIN census. */
    static PrimaryNeed need(Random r) {
        int n = r.nextInt(100);
        if (n < 50) {
            return PrimaryNeed.N1;
        }
        if (n < 65) {
            return PrimaryNeed.N5;
        }
        if (n < 75) {
            return PrimaryNeed.N4;
        }
        if (n < 83) {
            return PrimaryNeed.N2;
        }
        if (n < 87) {
            return PrimaryNeed.N3;
        }
        if (n < 90) {
            return PrimaryNeed.N6;
        }
        if (n < 91) {
            return PrimaryNeed.N7;
        }
        if (n < 93) {
            return PrimaryNeed.N8;
        }
        return PrimaryNeed.N9;
    }

    /** CIN census closure reasons for referrals closed after assessment or support. */
    static String closureReason(Random r) {
        int n = r.nextInt(100);
        return n < 55 ? "RC8" : n < 80 ? "RC7" : n < 95 ? "RC9" : "RC5";
    }

    static Source source(Random r) {
        int total = SOURCES.stream().mapToInt(Source::weight).sum();
        int n = r.nextInt(total);
        for (Source s : SOURCES) {
            n -= s.weight();
            if (n < 0) {
                return s;
            }
        }
        throw new IllegalStateException();
    }
}
