package org.opencsc.visit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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

/** Visits over JSON: record one for a sibling group, read it, and list a child's visits with the next due date. */
@ApiController("/api/v1")
class VisitApiController {

    private final Visits visits;
    private final CurrentUsers currentUsers;

    VisitApiController(Visits visits, CurrentUsers currentUsers) {
        this.visits = visits;
        this.currentUsers = currentUsers;
    }

    /** {@code outcomeIds}: the ids of the child's current plan outcomes the visit worked towards. */
    record ChildRequest(Long personId, Boolean seen, Boolean seenAlone, String childWords, List<String> outcomeIds) {
    }

    record VisitRequest(String visitedOn, String visitedTime, String visitor, String visitorRole, String visitType,
                        String place, String placeOther, String observations,
                        @ReportedAs("child-*") List<ChildRequest> children) {
    }

    /** A child's visits and their requirement: plan type, frequency, last seen, next due. */
    record ChildVisitsResponse(long personId, VisitPlanType planType, Integer frequencyWorkingDays, LocalDate lastSeenOn,
                               Boolean lastSeenAlone, LocalDate nextDueOn, boolean overdue, List<Visit> visits) {
    }

    @PostMapping("/visits")
    ResponseEntity<Visit> record(@RequestBody VisitRequest body, HttpServletRequest request) {
        Problems problems = new Problems();
        LocalDate on = DateParts.fromIso(body.visitedOn(), "visitedOn", "visitedOn", problems);
        LocalTime time = null;
        if (!DateParts.isBlank(body.visitedTime())) {
            try {
                time = LocalTime.parse(body.visitedTime().trim());
            } catch (DateTimeException e) {
                problems.add("visitedTime", "visitedTime must be a time on the 24-hour clock, like 14:30");
            }
        }
        VisitorRole role = parse(body.visitorRole(), "visitorRole", VisitorRole.values(), VisitorRole::parse, problems);
        VisitType type = parse(body.visitType(), "visitType", VisitType.values(), VisitType::parse, problems);
        VisitPlace place = parse(body.place(), "place", VisitPlace.values(), VisitPlace::parse, problems);
        List<VisitInput.Child> children = body.children() == null ? List.of() : body.children().stream()
                .map(c -> c == null ? null : new VisitInput.Child(c.personId(), c.seen(), c.seenAlone(), c.childWords(),
                        c.outcomeIds()))
                .toList();
        CurrentUser user = currentUsers.current();
        VisitInput input = new VisitInput(on, time, body.visitor(), role, type, place, body.placeOther(), body.observations(),
                children);
        visits.check(input, user, AccessLog.Channel.API, problems); // every problem at once, not the parsing's first
        inJsonNames(problems, body.children()).throwIfAny();
        long id = visits.record(input, user, AccessLog.Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/visits/" + id))
                .body(visits.open(id, user, AccessLog.Channel.API, request.getRequestURI()));
    }

    /** The visit rules name a child's part as the page does ("child-42-seen"); the API names it children[0].seen. */
    private static Problems inJsonNames(Problems problems, List<ChildRequest> children) {
        Problems renamed = new Problems();
        for (var p : problems.list()) {
            String field = p.field();
            for (int i = 0; children != null && i < children.size(); i++) {
                ChildRequest c = children.get(i);
                String prefix = c == null || c.personId() == null ? null : Visits.childField(c.personId(), "");
                if (prefix != null && field.startsWith(prefix)) {
                    String part = field.substring(prefix.length());
                    field = "children[" + i + "]." + (part.equals("outcomes") ? "outcomeIds" : part);
                    break;
                }
            }
            renamed.add(field, p.message());
        }
        return renamed;
    }

    @GetMapping("/visits/{id}")
    Visit get(@PathVariable long id, HttpServletRequest request) {
        return visits.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    @GetMapping("/people/{id}/visits")
    ChildVisitsResponse forChild(@PathVariable long id, HttpServletRequest request) {
        ChildVisits found = visits.forChild(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
        VisitSummary s = found.summary();
        VisitRequirement r = s.requirement();
        return new ChildVisitsResponse(id, r == null ? null : r.planType(), r == null ? null : r.workingDays(), s.lastSeenOn(),
                s.lastSeenAlone(), r == null ? null : r.nextDueOn(), s.overdue(), found.visits());
    }

    private static <E extends Enum<E>> E parse(String value, String field, E[] values,
                                               java.util.function.Function<String, java.util.Optional<E>> parser,
                                               Problems problems) {
        if (value == null) {
            return null; // the service's check says what is missing
        }
        E parsed = parser.apply(value).orElse(null);
        if (parsed == null) {
            problems.add(field, "Unknown " + field + " '" + value + "': use one of " + List.of(values));
        }
        return parsed;
    }
}
