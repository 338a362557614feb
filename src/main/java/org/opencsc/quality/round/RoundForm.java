package org.opencsc.quality.round;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;

/**
 * The new-round page as typed, with the API's field names (filter.teamId, sampleSize...) so the
 * service's problems land on the right boxes. Numbers are read as whole numbers or refused as
 * typed: "1.5" children or a seed of "12a" are never rounded or dropped.
 */
public record RoundForm(String title, String kind, String theme, String templateId, String dueOnDay, String dueOnMonth,
                        String dueOnYear, String selection, String teamId, String levelOfNeed, boolean cpPlanOver12Months,
                        boolean reReferral, String closedWithinDays, String sampleSize, String seed, String personIds) {

    static RoundForm empty() {
        return new RoundForm(null, null, null, null, null, null, null, "RANDOM", null, null, false, false, null, null, null, null);
    }

    static RoundForm read(HttpServletRequest r) {
        return new RoundForm(r.getParameter("title"), r.getParameter("kind"), r.getParameter("theme"), r.getParameter("templateId"),
                r.getParameter("dueOnDay"), r.getParameter("dueOnMonth"), r.getParameter("dueOnYear"), r.getParameter("selection"),
                r.getParameter("filter.teamId"), r.getParameter("filter.levelOfNeed"), "true".equals(r.getParameter("filter.cpPlanOver12Months")),
                "true".equals(r.getParameter("filter.reReferral")), r.getParameter("filter.closedWithinDays"), r.getParameter("sampleSize"),
                r.getParameter("seed"), r.getParameter("personIds"));
    }

    SampleFilter filter(Problems problems) {
        Long team = number(teamId, "filter.teamId", "Choose a team from the list", problems);
        Long days = number(closedWithinDays, "filter.closedWithinDays", "Closed within must be a whole number of days, like 90", problems);
        return new SampleFilter(team, blankToNull(levelOfNeed), cpPlanOver12Months ? Boolean.TRUE : null, reReferral ? Boolean.TRUE : null,
                days == null ? null : fitInt(days));
    }

    RoundInput toInput(Problems problems) {
        Long template = number(templateId, "templateId", "Choose a template from the list", problems);
        LocalDate due = DateParts.fromParts(dueOnDay, dueOnMonth, dueOnYear, "dueOn", "The due date", problems);
        boolean random = !"BY_HAND".equals(selection);
        SampleFilter filter = random ? filter(problems) : null;
        Long size = random ? number(sampleSize, "sampleSize", "The sample size must be a whole number, like 10", problems) : null;
        Long seedNumber = random ? number(seed, "seed", "The seed must be a whole number, or leave it blank for one to be chosen", problems) : null;
        List<Long> ids = random ? null : ids(problems);
        return new RoundInput(title, blankToNull(kind), blankToNull(theme), template, due, blankToNull(selection), filter,
                size == null ? null : fitInt(size), seedNumber, ids);
    }

    private List<Long> ids(Problems problems) {
        List<Long> ids = new ArrayList<>();
        if (DateParts.isBlank(personIds)) {
            return ids;
        }
        for (String part : personIds.strip().split("[,;\\s]+")) {
            try {
                ids.add(WholeNumbers.parseLong(part).orElseThrow());
            } catch (IllegalArgumentException e) {
                problems.add("personIds", "Enter record numbers only, separated by commas or new lines: ‘" + part + "’ is not one");
            }
        }
        return ids;
    }

    private static Long number(String text, String field, String message, Problems problems) {
        try {
            return WholeNumbers.parseLong(text).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(field, message);
            return null;
        }
    }

    /** Out-of-range counts keep their sign and size, so the service refuses them as too big or too small. */
    private static int fitInt(long n) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    private static String blankToNull(String s) {
        return DateParts.isBlank(s) ? null : s;
    }
}
