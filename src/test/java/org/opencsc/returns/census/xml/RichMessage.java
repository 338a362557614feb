package org.opencsc.returns.census.xml;

import static org.opencsc.returns.census.rules.CensusSamples.child;
import static org.opencsc.returns.census.rules.CensusSamples.episode;
import static org.opencsc.returns.census.rules.CensusSamples.header;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.PreProceedings;
import org.opencsc.returns.census.Section47;
import org.opencsc.returns.census.rules.CensusSamples;

/** A message with every module the census has, several of each, for the XML tests. */
final class RichMessage {

    private RichMessage() {
    }

    static CensusMessage build() {
        return new CensusMessage(header().build(), List.of(everything(), unborn(), CensusSamples.child().build()));
    }

    /** Two episodes: one closed with an S47, a CP plan with reviews and pre-proceedings; one open. */
    private static CensusChild everything() {
        CensusSamples.ChildBuilder child = child();
        child.laChildId = "ABC123";
        child.upn = "A123456789012";
        child.formerUpn = "B12345678901C";
        child.sex = "M";
        child.personDeathDate = LocalDate.of(2026, 2, 1);
        child.ethnicity = "MWBA";
        child.disabilities.clear();
        child.disabilities.addAll(List.of("AUT", "COMM", "LD"));

        CensusSamples.CinDetailsBuilder closed = child.episode();
        closed.cinReferralDate = LocalDate.of(2025, 4, 2);
        closed.referralSource = "3E";
        closed.primaryNeedCode = "N1";
        closed.cinClosureDate = LocalDate.of(2026, 2, 1);
        closed.reasonForClosure = "RC2";
        closed.dateOfInitialCpc = LocalDate.of(2025, 5, 1);
        closed.assessments.clear();
        closed.assessments.add(new Assessment(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 20),
                LocalDate.of(2025, 5, 10), List.of("3A", "4B", "16A", "24A"), 11L));
        closed.assessments.add(new Assessment(LocalDate.of(2025, 9, 1), null, null, List.of(), 12L));
        closed.cinPlanDates.clear();
        closed.cinPlanDates.add(new CinPlanDates(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 5, 1), 21L));
        closed.cinPlanDates.add(new CinPlanDates(LocalDate.of(2025, 12, 1), null, 22L));
        closed.section47s.add(new Section47(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 29),
                LocalDate.of(2025, 5, 1), false, 31L));
        closed.section47s.add(new Section47(LocalDate.of(2025, 10, 1), null, null, true, 32L));
        closed.referralNfa = false;
        closed.childProtectionPlans.add(new ChildProtectionPlan(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 11, 30),
                "NEG", "EMO", 0, List.of(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 11, 20)), 41L));
        closed.childProtectionPlans.add(new ChildProtectionPlan(LocalDate.of(2026, 1, 5), null,
                "PHY", "PHY", 1, List.of(), 42L));
        closed.preProceedings.add(new PreProceedings(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 5),
                true, true, LocalDate.of(2025, 8, 20), 2, LocalDate.of(2025, 11, 1), "B",
                LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 12), 51L));
        closed.preProceedings.add(new PreProceedings(LocalDate.of(2026, 1, 10), null, false, null, null, null,
                null, null, null, null, 52L));

        CensusSamples.CinDetailsBuilder open = episode();
        open.cinReferralDate = LocalDate.of(2026, 3, 1);
        open.referralSource = "10";
        open.primaryNeedCode = "N0";
        open.assessments.clear();
        open.cinPlanDates.clear();
        open.referralNfa = true;
        open.sourceId = 101L;
        child.episodes.add(open);
        return child.build();
    }

    /** An unborn child: expected birth date, no UPN (UPNunknown), sex unknown, no disabilities. */
    private static CensusChild unborn() {
        CensusSamples.ChildBuilder child = child();
        child.laChildId = "UNBORN9";
        child.upn = null;
        child.upnUnknown = "UN10";
        child.personBirthDate = null;
        child.expectedPersonBirthDate = LocalDate.of(2026, 5, 1);
        child.sex = "U";
        child.ethnicity = "NOBT";
        child.disabilities.clear();
        child.personId = 2L;
        return child.build();
    }

    /** The message as it reads back from a file: no OpenCSC ids. */
    static CensusMessage withoutIds(CensusMessage message) {
        CensusHeader header = message.header();
        return new CensusMessage(header, message.children().stream().map(RichMessage::withoutIds).toList());
    }

    private static CensusChild withoutIds(CensusChild child) {
        ChildIdentifiers ids = child.identifiers();
        ChildCharacteristics characteristics = child.characteristics();
        return new CensusChild(ids, characteristics, child.cinDetails().stream().map(RichMessage::withoutIds).toList(),
                null);
    }

    private static CinDetails withoutIds(CinDetails e) {
        return new CinDetails(e.cinReferralDate(), e.referralSource(), e.primaryNeedCode(), e.cinClosureDate(),
                e.reasonForClosure(), e.dateOfInitialCpc(),
                e.assessments().stream().map(a -> new Assessment(a.actualStartDate(), a.internalReviewDate(),
                        a.authorisationDate(), a.factors(), null)).toList(),
                e.cinPlanDates().stream().map(p -> new CinPlanDates(p.startDate(), p.endDate(), null)).toList(),
                e.section47s().stream().map(s -> new Section47(s.actualStartDate(), s.initialCpcTarget(),
                        s.dateOfInitialCpc(), s.icpcNotRequired(), null)).toList(),
                e.referralNfa(),
                e.childProtectionPlans().stream().map(p -> new ChildProtectionPlan(p.startDate(), p.endDate(),
                        p.initialCategoryOfAbuse(), p.latestCategoryOfAbuse(), p.numberOfPreviousCpp(),
                        p.reviewDates(), null)).toList(),
                e.preProceedings().stream().map(p -> new PreProceedings(p.ppStartDate(), p.lbpSentDate(),
                        p.fgdmMeetingOffer(), p.fgdmMeetingFac(), p.initialPpMeetingDate(), p.reviewMeetingsCount(),
                        p.stepDecisionDate(), p.ppOutcome(), p.courtAppDate(), p.letterInitCpDate(), null)).toList(),
                null);
    }
}
