package org.opencsc.returns.census.quality;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.returns.CensusAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The senior leader's census readiness: the whole council's errors and queries for the year so
 * far, by rule and by team, as of the last computation. Counts only, no child named; still a
 * whole-council view, so each reading is in the access log.
 */
@Controller
class ReadinessController {

    static final String PATH = "/returns/cin-census/readiness";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CurrentUsers currentUsers;
    private final CensusReadiness readiness;
    private final AccessLog accessLog;

    ReadinessController(CurrentUsers currentUsers, CensusReadiness readiness, AccessLog accessLog) {
        this.currentUsers = currentUsers;
        this.readiness = readiness;
        this.accessLog = accessLog;
    }

    /** Those who produce the return and answer for it: the census pages' own rule (data officer, senior leader). */
    static boolean canSee(Role role) {
        return CensusAccess.canExport(role);
    }

    @GetMapping(PATH)
    String page(Model model) {
        CurrentUser user = currentUsers.current();
        if (!canSee(user.role())) {
            throw new RecordAccessDeniedException("The census readiness is for the data officer and senior leaders");
        }
        Readiness r = readiness.current();
        accessLog.recordSearch(user.username(), AccessLog.Channel.WEB, PATH, "Children in Need census readiness " + r.year().year(),
                List.of(), List.of());
        model.addAttribute("r", r);
        model.addAttribute("asOf", TIME.format(r.asOf().atZone(LondonTime.ZONE)));
        model.addAttribute("asOfDay", LondonTime.dateOf(r.asOf()));
        return "returns/census/quality/readiness";
    }
}
