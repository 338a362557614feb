package org.opencsc.workforce;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of staff's employment record, with what follows from it today: whether they are in
 * post, newly qualified now ({@link Asye}), their caseload limit ({@link CaseloadLimits}) and the
 * children they hold.
 */
@Schema(name = "WorkforceEmployee")
public record Employee(
        long id, String username, String name,
        @Schema(description = "The system role (what they may see); changed on the accounts pages") String role,
        String roleLabel, boolean active, List<TeamOption> teams,
        @Schema(description = "The workforce census's organisational role; null when not recorded") JobRole jobRole,
        EmploymentType employmentType, LocalDate startedOn,
        @Schema(description = "The last day of employment") LocalDate leftOn,
        LocalDate qualifiedOn,
        @Schema(description = "The ASYE flag as recorded") boolean asye,
        BigDecimal fte,
        @Schema(description = "The worker's own limit; null means the council's") Integer ownCaseloadLimit,
        String sweNumber,
        @Schema(description = "Send back to change the employment details") int version,
        @Schema(description = "In post today: started, not left, account active") boolean inPost,
        @Schema(description = "In the ASYE today: flagged and within 12 months of the later of qualifying and starting")
        boolean newlyQualified,
        LocalDate asyeLastDay,
        @Schema(description = "The limit that applies: their own, else the council's (protected in the ASYE), pro rata")
        int caseloadLimit,
        @Schema(description = "Whether they hold cases (social workers, family support and duty workers)") boolean practitioner,
        @Schema(description = "Children allocated to them now") int children) {

    @JsonIgnore
    public Set<Long> teamIds() {
        return teams.stream().map(TeamOption::id).collect(Collectors.toSet());
    }

    @JsonIgnore
    public boolean atOrOverLimit() {
        return practitioner && children >= caseloadLimit;
    }

    @JsonIgnore
    public boolean socialWorker() {
        return jobRole != null && jobRole.socialWorker();
    }

    @JsonIgnore
    public String teamNames() {
        return teams.stream().map(TeamOption::name).collect(Collectors.joining(", "));
    }
}
