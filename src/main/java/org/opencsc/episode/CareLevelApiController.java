package org.opencsc.episode;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The child's level of need over JSON: read it with its history, and step up or down as a manager. */
@ApiController("/api/v1/people")
class CareLevelApiController {

    private final CareLevels levels;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    CareLevelApiController(CareLevels levels, AccessPolicy access, CurrentUsers currentUsers) {
        this.levels = levels;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    record LevelRequest(String to, String on, String reason) {
    }

    record LevelResponse(CareLevel current, List<CareLevelChange> history) {
    }

    @GetMapping("/{id}/level")
    LevelResponse get(@PathVariable long id, HttpServletRequest request) {
        access.checkAndLogView(currentUsers.current(), id, AccessLog.Channel.API, request.getRequestURI());
        return new LevelResponse(levels.current(id), levels.history(id));
    }

    @PostMapping("/{id}/level")
    LevelResponse change(@PathVariable long id, @RequestBody LevelRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        CareLevel to = body.to() == null ? null : CareLevel.parse(body.to()).orElse(null);
        if (body.to() != null && to == null) {
            problems.add("to", "to must be EARLY_HELP or CIN");
        }
        LocalDate on = DateParts.fromIso(body.on(), "on", "on", problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        levels.change(id, to, on, body.reason(), user, AccessLog.Channel.API);
        return get(id, request);
    }
}
