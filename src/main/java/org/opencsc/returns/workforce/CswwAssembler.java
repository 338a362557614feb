package org.opencsc.returns.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How each census item is derived from the records (README "Workforce census" lists the same):
 * <ul>
 *   <li>Who: every social worker employed by the council at any time in the year (started on or
 *       before 30 September, not left before 1 October), and the agency workers in post on
 *       30 September (the DfE counts agency workers at the reference date, apart from the
 *       council's own). A seconded worker counts as the council's own.</li>
 *   <li>In post on 30 September: started on or before it and not left by it (a worker whose last
 *       day is 30 September is a leaver, not in post), as {@code Definitions.OPEN_AT_TEXT}.</li>
 *   <li>FTE: the worker's FTE (for a leaver, when they left); FTE30 and Cases30 only for workers in
 *       post on 30 September. Cases30: the children allocated to the worker then.</li>
 *   <li>RoleStartDate: the start date; RoleEndDate, LeaverDestination, ReasonLeave: a leaver's in the year.
 *       StartOrigin: given whenever recorded (asked of starters).</li>
 *   <li>WorkingDaysLost (not for agency workers): working days (weekends and bank holidays excluded)
 *       of sick leave in the year while employed, whole days, not scaled by FTE.</li>
 *   <li>Absat30Sept and ReasonAbsence (not for agency workers in post): an absence covering 30 September.</li>
 *   <li>ContractWeeks (agency workers): weeks from the start date to 30 September inclusive, to one place.</li>
 *   <li>Vacancies: per team and job, the funded FTE of team_post less the FTE of the council's own
 *       workers in that job in the team on 30 September (none below zero; a worker in several teams
 *       counts a share in each); agency workers cover vacancies but do not fill them. The posts are
 *       as they stand now: team_post keeps no history.</li>
 * </ul>
 */
final class CswwAssembler {

    private static final String SICK = "SIC";

    private CswwAssembler() {
    }

    static CswwMessage.Vacancies vacancies(WorkforceCensusYear year, CswwRows rows) {
        List<CswwRows.Worker> agency = rows.workers().stream().filter(CswwRows.Worker::agency)
                .filter(w -> inPost(w, year)).toList();
        BigDecimal agencyFte = agency.stream().map(CswwRows.Worker::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, Long> teamsOf = rows.memberships().stream()
                .collect(Collectors.groupingBy(CswwRows.Membership::userId, Collectors.counting()));
        Map<String, BigDecimal> filled = new HashMap<>();
        Map<Long, CswwRows.Worker> byId = new HashMap<>();
        rows.workers().forEach(w -> byId.put(w.id(), w));
        for (CswwRows.Membership m : rows.memberships()) {
            CswwRows.Worker w = byId.get(m.userId());
            if (w == null || w.agency() || w.jobRole() == null || !inPost(w, year)) {
                continue;
            }
            BigDecimal share = w.fte().divide(BigDecimal.valueOf(teamsOf.get(w.id())), 6, RoundingMode.HALF_UP);
            filled.merge(m.teamId() + "/" + w.jobRole(), share, BigDecimal::add);
        }
        BigDecimal vacant = BigDecimal.ZERO;
        for (CswwRows.Post post : rows.posts()) {
            BigDecimal gap = post.fundedFte().subtract(filled.getOrDefault(post.teamId() + "/" + post.jobRole(), BigDecimal.ZERO));
            if (gap.signum() > 0) {
                vacant = vacant.add(gap);
            }
        }
        return new CswwMessage.Vacancies(vacant.setScale(2, RoundingMode.HALF_UP), agencyFte.setScale(2, RoundingMode.HALF_UP),
                agency.size());
    }

    /** The year's workers, in the order read (by account id); agency workers not in post on 30 September are left out. */
    static List<CswwWorker> workers(WorkforceCensusYear year, CswwRows rows, Predicate<LocalDate> workingDay) {
        Map<Long, List<CswwRows.Absence>> absences = rows.absences().stream()
                .collect(Collectors.groupingBy(CswwRows.Absence::userId));
        List<CswwWorker> out = new ArrayList<>();
        for (CswwRows.Worker w : rows.workers()) {
            if (w.agency() && !inPost(w, year)) {
                continue;
            }
            out.add(worker(year, w, absences.getOrDefault(w.id(), List.of()), workingDay));
        }
        return out;
    }

    static boolean inPost(CswwRows.Worker w, WorkforceCensusYear year) {
        LocalDate ref = year.referenceDate();
        return (w.startedOn() == null || !w.startedOn().isAfter(ref)) && (w.leftOn() == null || w.leftOn().isAfter(ref));
    }

    private static CswwWorker worker(WorkforceCensusYear year, CswwRows.Worker w, List<CswwRows.Absence> absences,
                                     Predicate<LocalDate> workingDay) {
        boolean inPost = inPost(w, year);
        boolean agency = w.agency();
        boolean leaver = !agency && year.contains(w.leftOn());
        CswwRows.Absence onTheDay = inPost && !agency ? absences.stream()
                .filter(a -> !a.firstDay().isAfter(year.referenceDate())
                        && (a.lastDay() == null || !a.lastDay().isBefore(year.referenceDate())))
                .findFirst().orElse(null) : null;
        return new CswwWorker(w.id(), w.name(),
                agency ? "1" : "0",
                w.sweNumber(),
                w.fte(),
                w.birthDate(),
                w.gender(),
                w.ethnicity(),
                w.qualInstitution(),
                w.qualLevel(),
                flag(w.stepUpGraduate()),
                w.jobRole() == null ? null : CswwCodes.ORG_ROLE.get(w.jobRole()),
                w.startedOn(),
                w.startOrigin(),
                leaver ? w.leftOn() : null,
                leaver ? w.leaverDestination() : null,
                leaver ? w.reasonLeave() : null,
                inPost ? w.fte() : null,
                inPost ? w.cases30() : null,
                agency ? null : sickDays(year, w, absences, workingDay),
                agency && w.startedOn() != null ? contractWeeks(w.startedOn(), year.referenceDate()) : null,
                flag(w.frontlineGraduate()),
                inPost && !agency ? (onTheDay == null ? "0" : "1") : null,
                onTheDay == null ? null : onTheDay.reason());
    }

    /** Working days of sick leave in the year and in employment. */
    static BigDecimal sickDays(WorkforceCensusYear year, CswwRows.Worker w, List<CswwRows.Absence> absences,
                               Predicate<LocalDate> workingDay) {
        LocalDate from = later(year.start(), w.startedOn());
        LocalDate to = earlier(year.referenceDate(), w.leftOn());
        int days = 0;
        for (CswwRows.Absence a : absences) {
            if (!SICK.equals(a.reason())) {
                continue;
            }
            LocalDate first = later(from, a.firstDay());
            LocalDate last = earlier(to, a.lastDay());
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (workingDay.test(day)) {
                    days++;
                }
            }
        }
        return BigDecimal.valueOf(days).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whole weeks and the part week, to one place: 10 days inclusive is 1.4 weeks. */
    static BigDecimal contractWeeks(LocalDate started, LocalDate ref) {
        long days = ChronoUnit.DAYS.between(started, ref) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
