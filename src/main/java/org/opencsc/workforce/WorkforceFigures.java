package org.opencsc.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workforce figures for the whole council or chosen teams, worked out from the staff's
 * employment records and the teams' posts as they are today. The definitions are the DfE
 * children's social work workforce census's where it has one:
 * <ul>
 * <li>in post: started (or no start date), not left ({@code left_on} today or later, or none) and
 * the account active; a leaver ({@code left_on} before today) is not in post;</li>
 * <li>social workers: staff whose job role is a social work one (every {@link JobRole} but
 * NOT_SOCIAL_WORKER); staff with no job role recorded are not counted, as the census cannot;</li>
 * <li>caseload: children (not adults) allocated now to a practitioner in post (a social worker,
 * family support or duty worker), not weighted (see below); a team's is its members';</li>
 * <li>agency share: agency social workers in post over all social workers in post, by headcount
 * and by FTE;</li>
 * <li>service: the council's own social workers in post (not agency, whose service is with their
 * agency, as the census counts time in service) with a start date, and of them those who started
 * more than 12 months ago (before this day a year ago);</li>
 * <li>turnover: the census's rate, leavers' FTE over the year divided by the FTE in post at its
 * end; here the 12 months up to yesterday (a leaver is a social worker whose last day was in
 * them), over the FTE in post today; the headcount rate beside it the same way;</li>
 * <li>vacancies: per team and job role, the funded FTE less the FTE of the team's members in that
 * job role in post, never below 0 (a worker in two teams fills a post in each).</li>
 * </ul>
 * Caseloads are not weighted by level of need: there is no published national weighting (the DfE
 * census counts cases, each council weights locally if at all), and a weight made up here would
 * put a number beside a child that nobody could check.
 */
@Schema(name = "WorkforceFigures")
public record WorkforceFigures(
        LocalDate today,
        @Schema(description = "The teams the figures are for (every team the caller may see when none were chosen)")
        List<TeamOption> teams,
        int standardCaseloadLimit, int asyeCaseloadLimit,
        List<WorkerLoad> caseloadPerWorker, List<TeamLoad> caseloadPerTeam,
        Share agencyHeadcount, FteShare agencyFte,
        @Schema(description = "The council's own social workers in post with more than 12 months' service") Share overTwelveMonthsService,
        Turnover turnover,
        @Schema(description = "Newly qualified practitioners holding more children than their protected limit") List<WorkerLoad> newlyQualifiedOverLimit,
        @Schema(description = "Practitioners holding as many children as their limit or more") List<WorkerLoad> atOrOverLimit,
        List<Vacancy> vacancies,
        @Schema(description = "The sum of the vacancies, in FTE") BigDecimal vacantFte) {

    public record WorkerLoad(long workerId, String name, String teams, boolean newlyQualified, int children, int caseloadLimit,
                             boolean atOrOverLimit) {
        static WorkerLoad of(Employee e) {
            return new WorkerLoad(e.id(), e.name(), e.teamNames(), e.newlyQualified(), e.children(), e.caseloadLimit(), e.atOrOverLimit());
        }
    }

    public record TeamLoad(long teamId, String team, int practitioners, BigDecimal fte, int children,
                           @Schema(description = "Children per practitioner (headcount), 1 decimal") BigDecimal perWorker,
                           @Schema(description = "Children per FTE, 1 decimal, as the census's average caseload") BigDecimal perFte,
                           @Schema(description = "The team's vacancies, in FTE") BigDecimal vacantFte) {
    }

    public record Share(int count, int of, @Schema(description = "Percent, 1 decimal; null when of is 0") BigDecimal percent) {
        static Share of(int count, int of) {
            return new Share(count, of, of == 0 ? null : WorkforceFigures.percent(BigDecimal.valueOf(count), BigDecimal.valueOf(of)));
        }
    }

    public record FteShare(BigDecimal fte, BigDecimal of, BigDecimal percent) {
        static FteShare of(BigDecimal fte, BigDecimal of) {
            return new FteShare(fte, of, of.signum() == 0 ? null : WorkforceFigures.percent(fte, of));
        }
    }

    public record Turnover(LocalDate from, LocalDate to, int leavers, BigDecimal leaversFte, int inPost, BigDecimal inPostFte,
                           @Schema(description = "leaversFte / inPostFte, percent, 1 decimal (the census's rate)") BigDecimal ratePercent,
                           @Schema(description = "leavers / inPost, percent, 1 decimal") BigDecimal headcountRatePercent) {
    }

    public record Vacancy(long teamId, String team, JobRole jobRole, String jobRoleLabel, BigDecimal fundedFte, BigDecimal filledFte,
                          BigDecimal vacantFte) {
    }

    public static WorkforceFigures of(List<Employee> staff, List<TeamPost> posts, List<TeamOption> teams, LocalDate today,
                                      CaseloadLimits limits) {
        List<Employee> inPost = staff.stream().filter(Employee::inPost).toList();
        List<Employee> practitioners = inPost.stream().filter(Employee::practitioner)
                .sorted(Comparator.comparing(Employee::children).reversed().thenComparing(Employee::name)).toList();
        List<Employee> socialWorkers = inPost.stream().filter(Employee::socialWorker).toList();

        List<Employee> agency = socialWorkers.stream().filter(e -> e.employmentType() == EmploymentType.AGENCY).toList();
        List<Employee> own = socialWorkers.stream().filter(e -> e.employmentType() != EmploymentType.AGENCY && e.startedOn() != null).toList();
        LocalDate yearAgo = today.minusYears(1);
        long long12 = own.stream().filter(e -> e.startedOn().isBefore(yearAgo)).count();

        List<Employee> leavers = staff.stream().filter(e -> e.socialWorker() && e.leftOn() != null
                && !e.leftOn().isBefore(yearAgo) && e.leftOn().isBefore(today)).toList();
        BigDecimal leaversFte = sum(leavers);
        BigDecimal inPostFte = sum(socialWorkers);
        Turnover turnover = new Turnover(yearAgo, today.minusDays(1), leavers.size(), leaversFte, socialWorkers.size(), inPostFte,
                inPostFte.signum() == 0 ? null : percent(leaversFte, inPostFte),
                socialWorkers.isEmpty() ? null : percent(BigDecimal.valueOf(leavers.size()), BigDecimal.valueOf(socialWorkers.size())));

        List<Vacancy> vacancies = new ArrayList<>();
        for (TeamOption t : teams) {
            Map<JobRole, BigDecimal> funded = new LinkedHashMap<>();
            posts.stream().filter(p -> p.teamId() == t.id()).forEach(p -> funded.put(p.jobRole(), p.fundedFte()));
            for (JobRole role : JobRole.values()) {
                BigDecimal filled = sum(inPost.stream().filter(e -> role == e.jobRole() && e.teamIds().contains(t.id())).toList());
                BigDecimal f = funded.getOrDefault(role, BigDecimal.ZERO.setScale(2));
                if (f.signum() == 0 && filled.signum() == 0) {
                    continue;
                }
                BigDecimal vacant = f.subtract(filled).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
                vacancies.add(new Vacancy(t.id(), t.name(), role, role.label(), f.setScale(2), filled, vacant));
            }
        }
        List<TeamLoad> perTeam = new ArrayList<>();
        for (TeamOption t : teams) {
            List<Employee> members = practitioners.stream().filter(e -> e.teamIds().contains(t.id())).toList();
            int children = members.stream().mapToInt(Employee::children).sum();
            BigDecimal fte = sum(members);
            perTeam.add(new TeamLoad(t.id(), t.name(), members.size(), fte, children,
                    members.isEmpty() ? null : ratio(BigDecimal.valueOf(children), BigDecimal.valueOf(members.size())),
                    fte.signum() == 0 ? null : ratio(BigDecimal.valueOf(children), fte),
                    vacancies.stream().filter(v -> v.teamId() == t.id()).map(Vacancy::vacantFte).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)));
        }

        BigDecimal vacant = vacancies.stream().map(Vacancy::vacantFte).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);

        return new WorkforceFigures(today, teams, limits.standard(), limits.asye(),
                practitioners.stream().map(WorkerLoad::of).toList(), perTeam,
                Share.of(agency.size(), socialWorkers.size()), FteShare.of(sum(agency), inPostFte),
                Share.of((int) long12, own.size()), turnover,
                practitioners.stream().filter(e -> e.newlyQualified() && e.children() > e.caseloadLimit()).map(WorkerLoad::of).toList(),
                practitioners.stream().filter(Employee::atOrOverLimit).map(WorkerLoad::of).toList(),
                vacancies, vacant);
    }

    private static BigDecimal sum(List<Employee> staff) {
        return staff.stream().map(Employee::fte).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 1, RoundingMode.HALF_UP);
    }
}
