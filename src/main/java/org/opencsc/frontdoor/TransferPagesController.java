package org.opencsc.frontdoor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Transferring an allocated child to another worker or team, and a worker marking a transfer notice read. */
@Controller
class TransferPagesController {

    private final CaseTransfers transfers;
    private final TransferNotices notices;
    private final AllocationChoices choices;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    TransferPagesController(CaseTransfers transfers, TransferNotices notices, AllocationChoices choices,
                            PersonRepository people, AccessPolicy access, CurrentUsers currentUsers) {
        this.transfers = transfers;
        this.notices = notices;
        this.choices = choices;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people/{id}/transfer")
    String transferForm(@PathVariable long id, Model model, HttpServletRequest request) {
        show(id, new Problems(), Map.of(), model, request);
        return "frontdoor/transfer";
    }

    @PostMapping("/people/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String worker, @RequestParam(required = false) String reason,
                    Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        long[] choice = AllocationChoices.parse(worker);
        try {
            transfers.transfer(id, WholeNumbers.longOrEmpty(version).orElse(null), choice == null ? null : choice[0],
                    choice == null ? null : choice[1], reason, user, AccessLog.Channel.WEB);
            return "redirect:/people/" + id + "?transferred";
        } catch (ValidationException | ConflictException e) {
            Problems problems = new Problems();
            if (e instanceof ValidationException v) {
                problems.addAll(v);
            } else {
                problems.add("worker", e.getMessage());
            }
            Map<String, String> typed = new HashMap<>();
            typed.put("worker", worker);
            typed.put("reason", reason);
            show(id, problems, typed, model, request);
            return "frontdoor/transfer";
        }
    }

    private void show(long id, Problems problems, Map<String, String> typed, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        Person child = people.find(id).orElseThrow(() -> new NotFoundException("There is no record " + id));
        access.checkAndLogView(user, id, AccessLog.Channel.WEB, request.getRequestURI());
        if (!CaseTransfers.canTransfer(user)) {
            throw new RecordAccessDeniedException("Only a manager can transfer a child's case");
        }
        model.addAttribute("child", child);
        model.addAttribute("current", transfers.current(id));
        model.addAttribute("caseloads", choices.caseloads(user));
        model.addAttribute("errors", problems);
        model.addAttribute("typed", typed);
    }

    @PostMapping("/case-transfers/{id}/read")
    String read(@PathVariable long id) {
        notices.markRead(id, currentUsers.current());
        return "redirect:/?transferRead";
    }
}
