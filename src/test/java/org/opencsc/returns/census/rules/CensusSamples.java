package org.opencsc.returns.census.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.calendar.WorkingDays;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.PreProceedings;
import org.opencsc.returns.census.Section47;

/**
 * A valid 2026 census child to change one thing at a time in rule tests: mutable builders
 * whose {@code build()} makes the immutable records. Each rule's test takes a passing child,
 * breaks the one item the rule checks, and expects the rule to fail.
 */
public final class CensusSamples {

    public static final CensusYear YEAR = new CensusYear(2026);

    /** England and Wales bank holidays in the 2025-26 collection year and around it. */
    public static final WorkingDays WORKING_DAYS = new WorkingDays(Set.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25),
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4)));

    private CensusSamples() {
    }

    public static HeaderBuilder header() {
        return new HeaderBuilder();
    }

    public static ChildBuilder child() {
        return new ChildBuilder();
    }

    public static CinDetailsBuilder episode() {
        return new CinDetailsBuilder();
    }

    /** Runs one rule over one child, in a message with the valid header. */
    public static List<CensusProblem> check(CensusRule rule, CensusChild child) {
        return check(rule, header().build(), List.of(child));
    }

    public static List<CensusProblem> check(CensusRule rule, CensusHeader header, List<CensusChild> children) {
        return new CensusValidator(List.of(rule)).validate(new CensusMessage(header, children), YEAR, WORKING_DAYS);
    }

    public static final class HeaderBuilder {
        public String collection = "CIN";
        public String year = "2026";
        public LocalDate referenceDate = LocalDate.of(2026, 3, 31);
        public String sourceLevel = "L";
        public String lea = "999";
        public String softwareCode = "OpenCSC";
        public String release = "test";
        public String serialNo = "001";
        public LocalDateTime dateTime = LocalDateTime.of(2026, 4, 10, 9, 30);

        public CensusHeader build() {
            return new CensusHeader(collection, year, referenceDate, sourceLevel, lea, softwareCode, release,
                    serialNo, dateTime);
        }
    }

    public static final class ChildBuilder {
        public String laChildId = "CHILD1";
        // LA code 801 (Bristol): characters 2-4 of a UPN are a real LA code (rule 1530)
        public String upn = "G801200112345";
        public String formerUpn;
        public String upnUnknown;
        public LocalDate personBirthDate = LocalDate.of(2015, 5, 1);
        public LocalDate expectedPersonBirthDate;
        public String sex = "F";
        public LocalDate personDeathDate;
        public String ethnicity = "WBRI";
        public List<String> disabilities = new ArrayList<>(List.of("NONE"));
        public List<CinDetailsBuilder> episodes = new ArrayList<>(List.of(new CinDetailsBuilder()));
        public Long personId = 1L;

        public CinDetailsBuilder episode() {
            return episodes.getFirst();
        }

        public CensusChild build() {
            return new CensusChild(
                    new ChildIdentifiers(laChildId, upn, formerUpn, upnUnknown, personBirthDate,
                            expectedPersonBirthDate, sex, personDeathDate),
                    new ChildCharacteristics(ethnicity, disabilities),
                    episodes.stream().map(CinDetailsBuilder::build).toList(), personId);
        }
    }

    /**
     * An open episode referred on 2 June 2025 by a school, with an authorised assessment that
     * found neglect (2C) and a child in need plan.
     */
    public static final class CinDetailsBuilder {
        public LocalDate cinReferralDate = LocalDate.of(2025, 6, 2);
        public String referralSource = "2A";
        public String primaryNeedCode = "N1";
        public LocalDate cinClosureDate;
        public String reasonForClosure;
        public LocalDate dateOfInitialCpc;
        public List<Assessment> assessments = new ArrayList<>(List.of(new Assessment(
                LocalDate.of(2025, 6, 3), null, LocalDate.of(2025, 7, 15), List.of("2C"), 10L)));
        public List<CinPlanDates> cinPlanDates = new ArrayList<>(List.of(
                new CinPlanDates(LocalDate.of(2025, 7, 20), null, 20L)));
        public List<Section47> section47s = new ArrayList<>();
        public Boolean referralNfa = false;
        public List<ChildProtectionPlan> childProtectionPlans = new ArrayList<>();
        public List<PreProceedings> preProceedings = new ArrayList<>();
        public Long sourceId = 100L;

        public CinDetails build() {
            return new CinDetails(cinReferralDate, referralSource, primaryNeedCode, cinClosureDate,
                    reasonForClosure, dateOfInitialCpc, assessments, cinPlanDates, section47s, referralNfa,
                    childProtectionPlans, preProceedings, sourceId);
        }
    }
}
