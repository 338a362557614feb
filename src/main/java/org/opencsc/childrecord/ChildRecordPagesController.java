package org.opencsc.childrecord;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.FieldAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The child's record: its summary and its other parts, each a page of its own, and adding a case note to it. */
@Controller
class ChildRecordPagesController {

    /** The summary lists the newest entries; the chronology page has them all. */
    static final int LATEST_ENTRIES = 5;
    /** The chronology filter's parameters: an old link to the one-page record with them lands on the chronology. */
    private static final Set<String> FILTER_PARAMETERS = Set.of("show", "text", "fromDay", "fromMonth", "fromYear", "toDay",
            "toMonth", "toYear", "page");

    private final ChildRecordService records;
    private final RecordPages pages;
    private final ChildDueWork dueWork;
    private final CaseNotes caseNotes;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ChildRecordPagesController(ChildRecordService records, RecordPages pages, ChildDueWork dueWork, CaseNotes caseNotes,
                               AccessPolicy access, CurrentUsers currentUsers, Clock clock) {
        this.records = records;
        this.pages = pages;
        this.dueWork = dueWork;
        this.caseNotes = caseNotes;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Every type, for filtering the chronology: anyone who reads the record reads its oversight notes. */
    @ModelAttribute("noteTypes")
    CaseNoteType[] noteTypes() {
        return CaseNoteType.values();
    }

    @ModelAttribute("eventTypes")
    List<EventType> eventTypes() {
        return List.of(EventType.values()).stream().filter(t -> t != EventType.CASE_NOTE).toList();
    }

    /** The summary: what matters now, and the way to every other part. */
    @GetMapping("/people/{id}")
    String summary(@PathVariable long id, HttpServletRequest request, Model model) {
        long current = records.resolveMerged(id);
        if (current != id) {
            return "redirect:/people/" + current + "?mergedFrom=" + id;
        }
        if (request.getParameterMap().keySet().stream().anyMatch(FILTER_PARAMETERS::contains)) {
            // The chronology and its filter were on this page once: bookmarks and old links still find them. The
            // filter is encoded afresh, so nothing typed into it (a brace) is read as part of the redirect's template.
            UriComponentsBuilder chronology = UriComponentsBuilder.fromPath(RecordPart.CHRONOLOGY.path(id));
            request.getParameterMap().forEach((name, values) -> {
                if (FILTER_PARAMETERS.contains(name)) {
                    chronology.queryParam(name, (Object[]) values);
                }
            });
            return "redirect:" + chronology.build().encode().toUriString();
        }
        CurrentUser user = currentUsers.current();
        pages.prepare(id, RecordPart.SUMMARY, user, request, model);
        model.addAttribute("dueItems", dueWork.of(id, user));
        model.addAttribute("latestEntries", records.chronology(id, ChronologyFilter.latest(LATEST_ENTRIES), user,
                AccessLog.Channel.WEB, request.getRequestURI()));
        return "childrecord/record";
    }

    @GetMapping("/people/{id}/{segment:chronology|family|assessments-and-protection|plans|visits|documents}")
    String part(@PathVariable long id, @PathVariable String segment, @ModelAttribute("filter") ChronologyFilterForm filterForm,
                HttpServletRequest request, Model model) {
        RecordPart part = RecordPart.fromSegment(segment).orElseThrow();
        long current = records.resolveMerged(id);
        if (current != id) {
            return "redirect:" + part.path(current) + "?mergedFrom=" + id;
        }
        CurrentUser user = currentUsers.current();
        pages.prepare(id, part, user, request, model);
        if (part == RecordPart.CHRONOLOGY) {
            Problems problems = new Problems();
            ChronologyFilter filter = filterForm.toFilter(problems);
            List<ChronologyEntry> entries = problems.isEmpty()
                    ? records.chronology(id, filter, user, AccessLog.Channel.WEB, request.getRequestURI()) : List.of();
            boolean more = entries.size() > ChronologyFilterForm.PAGE_SIZE;
            model.addAttribute("entries", more ? entries.subList(0, ChronologyFilterForm.PAGE_SIZE) : entries);
            model.addAttribute("morePages", more);
            model.addAttribute("errors", problems);
        }
        return "childrecord/record";
    }

    @GetMapping("/people/{id}/case-notes/new")
    String newCaseNote(@PathVariable long id, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        // The write check comes first: a role that cannot write is refused before the record is opened,
        // so the access log shows one refusal rather than a view and a refusal.
        access.checkCanRecord(user, id, AccessLog.Channel.WEB, request.getRequestURI());
        ChildRecord record = records.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        LocalDate today = LondonTime.today(clock);
        model.addAttribute("record", record);
        model.addAttribute("form", new CaseNoteForm(null, String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null, null, null, List.of()));
        model.addAttribute("errors", new Problems());
        model.addAttribute("recordableNoteTypes", CaseNotes.typesFor(user.role()));
        return "childrecord/case-note";
    }

    @PostMapping("/people/{id}/case-notes")
    String addCaseNote(@PathVariable long id, @ModelAttribute("form") CaseNoteForm form, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        CaseNoteInput input = form.toInput(problems, clock);
        if (problems.isEmpty()) {
            try {
                caseNotes.add(id, input, user, AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "?noteAdded";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (FieldAccessDeniedException e) {
                // Refused and logged as a refusal; the form is shown again with what was typed and the reason beside the type.
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                problems.add(e.problem().field(), e.problem().message());
            }
        } else {
            CaseNotes.check(input, Instant.now(clock), problems);
        }
        model.addAttribute("record", records.open(id, user, AccessLog.Channel.WEB, request.getRequestURI()));
        model.addAttribute("errors", problems);
        model.addAttribute("recordableNoteTypes", CaseNotes.typesFor(user.role()));
        return "childrecord/case-note";
    }
}
