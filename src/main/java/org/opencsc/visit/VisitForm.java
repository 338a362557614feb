package org.opencsc.visit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The visit page as typed. Each child of the family group has its own fields, named after the
 * child ({@code child-12-seen}), so the form is read from the request's parameters rather than
 * bound to fixed properties; everything typed goes back to the page when it is refused.
 */
public final class VisitForm {

    public static final String YES = "yes";
    public static final String NO = "no";

    private final MultiValueMap<String, String> values;

    VisitForm(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** The form as first shown: today, the user as visitor, and the child it was opened from included. */
    static VisitForm blank(LocalDate today, String visitor, long childId) {
        MultiValueMap<String, String> v = new LinkedMultiValueMap<>();
        v.add("visitedOnDay", String.valueOf(today.getDayOfMonth()));
        v.add("visitedOnMonth", String.valueOf(today.getMonthValue()));
        v.add("visitedOnYear", String.valueOf(today.getYear()));
        v.add("visitor", visitor);
        v.add(Visits.childField(childId, "include"), YES);
        return new VisitForm(v);
    }

    public String value(String name) {
        return values.getFirst(name);
    }

    /** A per-child field's value, for the page. */
    public String child(long personId, String part) {
        return value(Visits.childField(personId, part));
    }

    public boolean included(long personId) {
        return YES.equals(child(personId, "include"));
    }

    /** Whether the plan outcome was ticked for this child (kept when the form is refused). */
    public boolean ticked(long personId, String outcomeId) {
        List<String> ticked = values.get(Visits.childField(personId, "outcomes"));
        return ticked != null && ticked.contains(outcomeId);
    }

    /**
     * The visit as typed, for the children ticked as visited. {@code familyGroup} is every child
     * offered (id to name). A child not ticked whose questions were answered is refused rather
     * than dropped: unticking a child (or forgetting to tick them) would otherwise throw away what
     * was written about them without a word.
     */
    VisitInput toInput(Map<Long, String> familyGroup, Problems problems) {
        LocalDate on = DateParts.fromParts(value("visitedOnDay"), value("visitedOnMonth"), value("visitedOnYear"),
                "visitedOn", "The date of the visit", problems);
        LocalTime time = null;
        String t = value("visitedTime");
        if (!DateParts.isBlank(t)) {
            try {
                t = t.trim();
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeException e) {
                problems.add("visitedTime", "Enter the time on the 24-hour clock, like 14:30");
            }
        }
        List<VisitInput.Child> children = new ArrayList<>();
        for (Map.Entry<Long, String> c : familyGroup.entrySet()) {
            long id = c.getKey();
            if (included(id)) {
                children.add(new VisitInput.Child(id, yesNo(child(id, "seen")), yesNo(child(id, "seenAlone")),
                        child(id, "childWords"), values.get(Visits.childField(id, "outcomes"))));
            } else if (answeredFor(id)) {
                String name = c.getValue();
                problems.add(Visits.childField(id, "include"), "You wrote about " + name + " but did not tick ‘The visit was for "
                        + name + "’: tick it to include " + name + " in the visit, or clear what you wrote about them");
            }
        }
        return new VisitInput(on, time, value("visitor"), VisitorRole.parse(value("visitorRole")).orElse(null),
                VisitType.parse(value("visitType")).orElse(null), VisitPlace.parse(value("place")).orElse(null),
                value("placeOther"), value("observations"), children);
    }

    /** Whether anything was answered for this child: seen, seen alone, their words or an outcome. */
    private boolean answeredFor(long id) {
        List<String> outcomes = values.get(Visits.childField(id, "outcomes"));
        return !DateParts.isBlank(child(id, "seen")) || !DateParts.isBlank(child(id, "seenAlone"))
                || !DateParts.isBlank(child(id, "childWords"))
                || (outcomes != null && outcomes.stream().anyMatch(o -> !DateParts.isBlank(o)));
    }

    private static Boolean yesNo(String s) {
        return YES.equals(s) ? Boolean.TRUE : NO.equals(s) ? Boolean.FALSE : null;
    }

    /** Only the form's own fields are kept (not the CSRF token). */
    static VisitForm of(Map<String, List<String>> params) {
        MultiValueMap<String, String> v = new LinkedMultiValueMap<>();
        params.forEach((k, list) -> {
            if (!k.startsWith("_")) {
                v.put(k, list);
            }
        });
        return new VisitForm(v);
    }
}
