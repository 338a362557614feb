package org.opencsc.workforce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workforce over JSON: staff employment records, team posts and vacancies, and the figures.
 * Senior leaders, data officers and the administrator read every team; a team manager their
 * service area's (403 otherwise, as on the pages). Employment details are changed by the
 * administrator and the team managers; posts by the team managers.
 */
@ApiController("/api/v1/workforce")
@Tag(name = "Workforce")
class WorkforceApiController {

    private final Workforce workforce;
    private final CurrentUsers currentUsers;

    WorkforceApiController(Workforce workforce, CurrentUsers currentUsers) {
        this.workforce = workforce;
        this.currentUsers = currentUsers;
    }

    @Operation(summary = "The teams the caller may see")
    @GetMapping("/teams")
    List<TeamOption> teams() {
        return workforce.visibleTeams(currentUsers.current());
    }

    @Operation(summary = "Every member of staff the caller may see, with their employment details and caseload")
    @GetMapping("/staff")
    List<Employee> staff() {
        return workforce.staff(currentUsers.current());
    }

    @Operation(summary = "A member of staff's employment details")
    @GetMapping("/staff/{id}")
    Employee employee(@PathVariable long id) {
        return workforce.employee(currentUsers.current(), id);
    }

    record EmploymentRequest(
            @Schema(description = "The version read (GET /api/v1/workforce/staff/{id}); 409 when it has changed since", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer version,
            @Schema(description = "SENIOR_MANAGER, MIDDLE_MANAGER, FIRST_LINE_MANAGER, SENIOR_PRACTITIONER, CASE_HOLDER, QUALIFIED_NO_CASES or NOT_SOCIAL_WORKER; null when not recorded")
            String jobRole,
            @Schema(description = "PERMANENT, AGENCY or SECONDED", requiredMode = Schema.RequiredMode.REQUIRED) String employmentType,
            LocalDate startedOn,
            @Schema(description = "The last day of employment; a day before today is refused while the worker holds children") LocalDate leftOn,
            LocalDate qualifiedOn,
            @Schema(description = "The ASYE flag (newly qualified); it lapses by itself 12 months after the later of qualifiedOn and startedOn",
                    requiredMode = Schema.RequiredMode.REQUIRED) Boolean asye,
            @Schema(description = "From 0.01 to 1, at most 2 decimals", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal fte,
            @Schema(description = "A whole number from 1 to 100; null for the council's limit") Integer caseloadLimit,
            @Schema(description = "SW followed by up to 8 digits") String sweNumber) {
    }

    @Operation(summary = "Replaces a member of staff's employment details (administrator; team managers for their service area's staff)",
            description = "Every field is sent: a field left out is cleared. 400 problem+json names each field in error; 409 when "
                    + "the details changed since version was read (nothing is saved).")
    @PutMapping("/staff/{id}")
    Employee update(@PathVariable long id, @RequestBody EmploymentRequest body) {
        Problems problems = new Problems();
        if (body.version() == null) {
            problems.add("version", "Send the version you read (GET /api/v1/workforce/staff/{id})");
        }
        if (body.asye() == null) {
            problems.add("asye", "Send asye: true for a newly qualified worker in their ASYE, false otherwise");
        }
        JobRole jobRole = body.jobRole() == null ? null : JobRole.parse(body.jobRole()).orElse(null);
        if (body.jobRole() != null && jobRole == null) {
            problems.add("jobRole", "Unknown jobRole ‘" + body.jobRole() + "’: use one of " + List.of(JobRole.values()));
        }
        EmploymentType type = body.employmentType() == null ? null : EmploymentType.parse(body.employmentType()).orElse(null);
        if (body.employmentType() != null && type == null) {
            problems.add("employmentType", "Unknown employmentType ‘" + body.employmentType() + "’: use PERMANENT, AGENCY or SECONDED");
        }
        EmploymentChange change = new EmploymentChange(body.version() == null ? -1 : body.version(), jobRole, type, body.startedOn(),
                body.leftOn(), body.qualifiedOn(), Boolean.TRUE.equals(body.asye()), body.fte(), body.caseloadLimit(),
                body.sweNumber() == null || body.sweNumber().isBlank() ? null : body.sweNumber().strip());
        return workforce.update(currentUsers.current(), id, change, problems);
    }

    @Operation(summary = "A team's posts by job role (funded, filled and vacant FTE) and its members with their caseloads")
    @GetMapping("/teams/{id}")
    Workforce.TeamView team(@PathVariable long id) {
        return workforce.team(currentUsers.current(), id);
    }

    record PostRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String jobRole,
                       @Schema(description = "From 0 to 500, at most 2 decimals", requiredMode = Schema.RequiredMode.REQUIRED)
                       BigDecimal fundedFte) {
    }

    record PostsRequest(@Schema(description = "postsVersion from GET /api/v1/workforce/teams/{id}", requiredMode = Schema.RequiredMode.REQUIRED)
                        Integer version,
                        @Schema(description = "Every funded post: a job role left out is funded for none") List<PostRequest> posts) {
    }

    @Operation(summary = "Replaces a team's funded posts (team managers of its service area)",
            description = "409 when the posts changed since version was read (nothing is saved).")
    @PutMapping("/teams/{id}/posts")
    Workforce.TeamView updatePosts(@PathVariable long id, @RequestBody PostsRequest body) {
        Problems problems = new Problems();
        Map<JobRole, BigDecimal> funded = new EnumMap<>(JobRole.class);
        List<PostRequest> posts = body.posts() == null ? List.of() : body.posts();
        for (int i = 0; i < posts.size(); i++) {
            PostRequest p = posts.get(i);
            String field = "posts[" + i + "]";
            JobRole role = p.jobRole() == null ? null : JobRole.parse(p.jobRole()).orElse(null);
            if (role == null) {
                problems.add(field + ".jobRole", "Send a jobRole, one of " + List.of(JobRole.values()));
            } else if (funded.containsKey(role)) {
                problems.add(field + ".jobRole", role + " is given twice: send each job role once");
            }
            if (p.fundedFte() == null || !Workforce.fundedFteOk(p.fundedFte())) {
                problems.add(field + ".fundedFte", "fundedFte must be a number from 0 to 500 with at most 2 decimal places");
            }
            if (role != null && p.fundedFte() != null) {
                funded.put(role, p.fundedFte());
            }
        }
        return workforce.updatePosts(currentUsers.current(), id, body.version(), funded, problems);
    }

    @Operation(summary = "The workforce figures, for the teams named by team (repeatable) or every team the caller may see",
            description = "Caseloads per worker and per team, agency share, service over 12 months, turnover in the last 12 "
                    + "months, newly qualified workers over their protected limit, workers at or over their limit, vacancies. "
                    + "Each figure's definition is on WorkforceFigures. 400 naming team for an unknown team; 403 for a team outside "
                    + "a team manager's service area.")
    @GetMapping("/figures")
    WorkforceFigures figures(@RequestParam(required = false) List<String> team) {
        return workforce.overview(currentUsers.current(), team).figures();
    }
}
