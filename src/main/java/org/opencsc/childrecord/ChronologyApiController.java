package org.opencsc.childrecord;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.ReportedAs;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The child's chronology and case notes over JSON, with the same access rules and logging as the page. */
@ApiController("/api/v1/children")
class ChronologyApiController {

    private final ChildRecordService records;
    private final CaseNotes caseNotes;
    private final CurrentUsers currentUsers;

    ChronologyApiController(ChildRecordService records, CaseNotes caseNotes, CurrentUsers currentUsers) {
        this.records = records;
        this.caseNotes = caseNotes;
        this.currentUsers = currentUsers;
    }

    /**
     * An entry. {@code withheld}: it is also about a record the user may not open, so only when and what
     * kind it was are given (no summary, detail, recorder, nor that record's id in {@code people});
     * {@code detailWithheld}: only its detail concerns such a record, and is left out.
     */
    record EntryView(long eventId, String type, String noteType, Instant occurredAt, Instant recordedAt,
                     String recordedBy, String summary, String detail, List<Long> people, boolean withheld,
                     boolean detailWithheld) {
        static EntryView of(ChronologyEntry e) {
            return new EntryView(e.eventId(), e.type().name(), e.noteType() == null ? null : e.noteType().name(),
                    e.occurredAt(), e.recordedAt(), e.recordedBy(), e.summary(), e.detail(), e.subjectIds(), e.withheld(),
                    e.detailWithheld());
        }
    }

    @GetMapping("/{id}/chronology")
    List<EntryView> chronology(@PathVariable long id,
                               @RequestParam(required = false) List<String> type,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "100") int limit,
                               @RequestParam(defaultValue = "0") int offset,
                               HttpServletRequest request) {
        Problems problems = new Problems();
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        EnumSet<CaseNoteType> notes = EnumSet.noneOf(CaseNoteType.class);
        for (String t : type == null ? List.<String>of() : type) {
            EventType.parse(t).ifPresentOrElse(types::add, () -> CaseNoteType.parse(t).ifPresentOrElse(notes::add,
                    () -> problems.add("type", "Unknown type " + t + "; use an event type or a case note type")));
        }
        LocalDate fromDate = DateParts.fromIso(from, "from", "from", problems);
        LocalDate toDate = DateParts.fromIso(to, "to", "to", problems);
        if (q != null && q.length() > 200) {
            problems.add("q", "q must be 200 characters or fewer");
        }
        if (limit < 1 || limit > 1000) {
            problems.add("limit", "limit must be between 1 and 1000");
        }
        if (offset < 0) {
            problems.add("offset", "offset must be 0 or more");
        }
        problems.throwIfAny();
        CurrentUser user = currentUsers.current();
        records.open(id, user, AccessLog.Channel.API, request.getRequestURI());
        return records.chronology(id, new ChronologyFilter(types, notes, fromDate, toDate, q, limit, offset), user,
                        AccessLog.Channel.API, request.getRequestURI())
                .stream().map(EntryView::of).toList();
    }

    record CaseNoteRequest(@ReportedAs("noteType") String type, @ReportedAs("occurred") String occurredAt, String summary,
                           String text, List<Long> alsoFor) {
    }

    @PostMapping("/{id}/case-notes")
    ResponseEntity<?> addCaseNote(@PathVariable long id, @RequestBody CaseNoteRequest body) {
        Problems problems = new Problems();
        CaseNoteType type = body.type() == null ? null : CaseNoteType.parse(body.type()).orElse(null);
        if (body.type() != null && type == null) {
            problems.add("type", "Unknown case note type " + body.type());
        }
        Instant at = DateParts.instantFromIso(body.occurredAt(), "occurredAt", problems);
        problems.throwIfAny();
        long eventId = caseNotes.add(id, new CaseNoteInput(type, at, body.summary(), body.text(),
                body.alsoFor() == null ? List.of() : new ArrayList<>(body.alsoFor())), currentUsers.current(), AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/chronology")).body(java.util.Map.of("eventId", eventId));
    }
}
