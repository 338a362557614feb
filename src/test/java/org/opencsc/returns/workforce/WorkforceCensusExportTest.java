package org.opencsc.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 2025 census (1 October 2024 to 30 September 2025) of a hand-made team, every expected item
 * worked out by hand below from the rows the test inserts: who is in the file, each item's value,
 * the council's vacancy and agency figures, and the problems.
 */
@IntegrationTest
class WorkforceCensusExportTest {

    static final WorkforceCensusYear YEAR = new WorkforceCensusYear(2025);

    @Autowired
    WorkforceCensus census;
    @Autowired
    JdbcClient jdbc;

    CswwTeam team;
    String ada;
    String bo;
    String cy;
    String di;
    String ed;
    String gus;
    long adaId;
    long fiId;

    @BeforeEach
    void aTeam() {
        team = new CswwTeam(jdbc);
        // Ada: a permanent case holder in post all year; also in a second team, so half her FTE fills each team's post.
        ada = CswwTeam.sweNumber();
        adaId = team.worker("Ada", "PERMANENT", "CASE_HOLDER", "1.00", LocalDate.of(2020, 1, 6), null, ada);
        team.details(adaId, LocalDate.of(1985, 3, 27), "2", "WBRI", "University of Leeds", "1", "2", null, null);
        team.member(team.team("CSWW other team " + team.tag), adaId);
        // Bo: left on 30 June 2025, within the year.
        bo = CswwTeam.sweNumber();
        long boId = team.worker("Bo", "PERMANENT", "CASE_HOLDER", "0.50", LocalDate.of(2018, 5, 1), LocalDate.of(2025, 6, 30), bo);
        team.details(boId, LocalDate.of(1979, 11, 2), "1", "BAFR", "Open University", "2", "2", "1", "1");
        // Cy: an agency worker in post on 30 September since 1 July 2025.
        cy = CswwTeam.sweNumber();
        long cyId = team.worker("Cy", "AGENCY", "CASE_HOLDER", "0.80", LocalDate.of(2025, 7, 1), null, cy);
        team.details(cyId, null, null, null, "University of Sussex", null, null, null, null);
        // Di: started on 1 October 2025, the first day of the next year.
        di = CswwTeam.sweNumber();
        team.worker("Di", "PERMANENT", "CASE_HOLDER", "1.00", LocalDate.of(2025, 10, 1), null, di);
        // Ed: an agency worker who left on 31 August 2025: agency workers are counted on 30 September only.
        ed = CswwTeam.sweNumber();
        team.worker("Ed", "AGENCY", "CASE_HOLDER", "1.00", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 8, 31), ed);
        // Gus: left on 30 September 2024, the day before the year began.
        gus = CswwTeam.sweNumber();
        team.worker("Gus", "PERMANENT", "CASE_HOLDER", "1.00", LocalDate.of(2019, 1, 7), LocalDate.of(2024, 9, 30), gus);
        // Fi: a first line manager who started in the year, with no SWE number and no census details.
        fiId = team.worker("Fi", "PERMANENT", "FIRST_LINE_MANAGER", "1.00", LocalDate.of(2024, 11, 4), null, null);

        team.post(team.id, "CASE_HOLDER", "4.00");
        team.post(team.id, "FIRST_LINE_MANAGER", "1.00");

        // Ada's allocations on 30 September 2025.
        long open = team.person(true);
        team.allocate(open, adaId, LocalDate.of(2025, 1, 10), null);          // counts
        team.allocate(open, adaId, LocalDate.of(2025, 2, 1), null);           // the same child again: still one
        team.allocate(team.person(true), adaId, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)); // ended on the day: no
        team.allocate(team.person(true), adaId, LocalDate.of(2025, 9, 30), null);                     // began on the day: counts
        team.allocate(team.person(false), adaId, LocalDate.of(2025, 2, 1), null);                     // an adult: no
        team.allocate(team.person(true), adaId, LocalDate.of(2025, 10, 1), null);                     // next day: no
        team.allocate(team.person(true), cyId, LocalDate.of(2025, 7, 2), null);
        team.allocate(team.person(true), boId, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

        // Ada's absences. Sick 23 to 27 December 2024: Mon 23, Tue 24, Fri 27 (25 and 26 are bank holidays) = 3.
        team.absence(adaId, "SIC", LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 27));
        // Sick 27 September to 2 October 2024: only Tue 1 and Wed 2 October are in the year = 2.
        team.absence(adaId, "SIC", LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 2));
        // Training is not sickness; maternity leave from 29 September covers the 30th.
        team.absence(adaId, "TRN", LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 9));
        team.absence(adaId, "MAT", LocalDate.of(2025, 9, 29), null);
    }

    @Test
    void eachWorkersItemsAreDerivedFromTheirRecords() {
        WorkforceCensus.Built built = census.build(YEAR, List.of(team.id));
        CswwFile file = CswwFile.parse(built.xml());

        assertThat(file.header("Collection")).isEqualTo("CSWW");
        assertThat(file.header("ReferenceDate")).isEqualTo("2025-09-30");
        assertThat(file.worker(di)).as("started after 30 September").isNull();
        assertThat(file.worker(ed)).as("an agency worker gone by 30 September").isNull();
        assertThat(file.worker(gus)).as("left before the year").isNull();
        assertThat(file.workers()).hasSize(4); // Ada, Bo, Cy and Fi

        assertThat(file.worker(ada)).containsExactly(
                Map.entry("AgencyWorker", "0"), Map.entry("SWENo", ada), Map.entry("FTE", "1.00"),
                Map.entry("PersonBirthDate", "1985-03-27"), Map.entry("GenderCurrent", "2"), Map.entry("Ethnicity", "WBRI"),
                Map.entry("QualInst", "University of Leeds"), Map.entry("QualLevel", "1"), Map.entry("StepUpGrad", "0"),
                Map.entry("OrgRole", "5"), Map.entry("RoleStartDate", "2020-01-06"), Map.entry("StartOrigin", "2"),
                Map.entry("FTE30", "1.00"), Map.entry("Cases30", "2"), Map.entry("WorkingDaysLost", "5.00"),
                Map.entry("FrontlineGrad", "1"), Map.entry("Absat30Sept", "1"), Map.entry("ReasonAbsence", "MAT"));
        assertThat(file.worker(bo)).containsEntry("RoleEndDate", "2025-06-30").containsEntry("ReasonLeave", "1")
                .containsEntry("LeaverDestination", "1").containsEntry("FTE", "0.50").containsEntry("WorkingDaysLost", "0.00")
                .doesNotContainKeys("FTE30", "Cases30", "Absat30Sept");
        // 1 July to 30 September 2025 is 92 days: 13.14 weeks.
        assertThat(file.worker(cy)).containsEntry("AgencyWorker", "1").containsEntry("FTE30", "0.80").containsEntry("Cases30", "1")
                .containsEntry("ContractWeeks", "13.1").doesNotContainKeys("WorkingDaysLost", "Absat30Sept", "RoleEndDate");

        // Posts: case holders 4.00 less Ada's half (she is in two teams; Bo has left, Cy is agency) = 3.50;
        // the first line manager's 1.00 is filled by Fi.
        assertThat(file.vacancies()).containsExactly(Map.entry("NumberOfVacancies", "3.50"), Map.entry("NoAgencyFTE", "0.80"),
                Map.entry("NoAgencyHeadcount", "1"));
        WorkforceCensus.Summary s = built.summary();
        assertThat(List.of(s.workers(), s.inPost(), s.agencyWorkers(), s.starters(), s.leavers())).containsExactly(4, 2, 1, 1, 1);
        assertThat(s.inPostFte()).isEqualByComparingTo("2.00");
    }

    @Test
    void theProblemsNameWhatIsMissingAndTheSchemaRefusesAFileWithoutAnSweNumber() {
        WorkforceCensus.Built built = census.build(YEAR, List.of(team.id));

        assertThat(built.problems()).filteredOn(p -> p.userId() == fiId).extracting(CswwProblem::code)
                .containsExactlyInAnyOrder("SWE_MISSING", "QUALINST_MISSING", "BIRTH_DATE_MISSING", "GENDER_MISSING",
                        "ETHNICITY_MISSING", "QUAL_LEVEL_MISSING", "START_ORIGIN_MISSING");
        // Ada, Bo and Cy have everything asked of them (Cy is an agency worker: no personal details are asked).
        assertThat(built.problems()).extracting(CswwProblem::userId).containsOnly(fiId);
        assertThat(built.schemaProblems()).isNotEmpty();
        assertThat(String.join(" ", built.schemaProblems())).contains("SWENo");

        jdbc.sql("UPDATE app_user SET swe_number = ? WHERE id = ?").params(CswwTeam.sweNumber(), fiId).update();
        jdbc.sql("INSERT INTO staff_census_details (user_id, qual_institution) VALUES (?, 'University of Kent')").param(fiId).update();
        assertThat(census.build(YEAR, List.of(team.id)).schemaProblems()).as("the file once Fi has an SWE number and institution").isEmpty();
    }

    @Test
    void aLeaverWithoutAReasonAndADuplicateSweNumberAreErrors() {
        long hal = team.worker("Hal", "PERMANENT", "CASE_HOLDER", "1.00", LocalDate.of(2015, 4, 1), LocalDate.of(2025, 3, 31), ada);
        team.details(hal, LocalDate.of(2006, 1, 1), "1", "WBRI", "University of Leeds", "1", null, null, null);

        List<CswwProblem> hals = census.build(YEAR, List.of(team.id)).problems().stream().filter(p -> p.userId() == hal).toList();

        // Born 1 January 2006: 19 on 30 September 2025.
        assertThat(hals).extracting(CswwProblem::code).containsExactlyInAnyOrder("SWE_DUPLICATE", "REASON_LEAVE_MISSING",
                "DESTINATION_MISSING", "AGE_UNLIKELY");
        assertThat(hals).filteredOn(p -> p.code().equals("AGE_UNLIKELY")).singleElement()
                .satisfies(p -> assertThat(p.error()).isFalse());
    }
}
