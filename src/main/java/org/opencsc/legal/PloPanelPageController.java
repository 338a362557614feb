package org.opencsc.legal;

import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The PLO panel page: every child in pre-proceedings with weeks elapsed, the next review, what is overdue, and the aim. */
@Controller
class PloPanelPageController {

    static final String PAGE = "/legal/plo-panel";

    private final PloPanel panel;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PloPanelPageController(PloPanel panel, CurrentUsers currentUsers, Clock clock) {
        this.panel = panel;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String panel(Model model) {
        LocalDate today = LondonTime.today(clock);
        model.addAttribute("rows", panel.rows(currentUsers.current()).stream().map(r -> PloPanelLine.of(r, today)).toList());
        return "legal/plo-panel";
    }
}
