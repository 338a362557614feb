package org.opencsc.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who looked at this record": for administrators, per child (the URL rule allows only ADMIN). */
@Controller
class AccessLogController {

    private final AccessLog accessLog;
    private final JdbcClient jdbc;

    AccessLogController(AccessLog accessLog, JdbcClient jdbc) {
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/access-log")
    String accessLog(@RequestParam(required = false) String personId, Model model) {
        model.addAttribute("personId", personId);
        if (personId != null && !personId.isBlank()) {
            Long given = WholeNumber.of(personId).orElse(null);
            if (given == null) {
                model.addAttribute("error", "Enter a record ID, a number like 1234");
            } else {
                long id = given;
                // Administrators see the log, never the record: only the ID and name identify it here.
                String name = jdbc.sql("SELECT coalesce(given_name || ' ', '') || family_name FROM person WHERE id = :id")
                        .param("id", id).query(String.class).optional().orElse(null);
                if (name == null) {
                    model.addAttribute("error", "There is no record with ID " + id);
                } else {
                    model.addAttribute("name", name);
                    model.addAttribute("entries", accessLog.forPerson(id, 500));
                }
            }
        }
        return "security/access-log";
    }
}
