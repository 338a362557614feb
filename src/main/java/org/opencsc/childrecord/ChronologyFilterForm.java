package org.opencsc.childrecord;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.EventType;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/** The chronology filter as it arrives in the query string; unknown values are reported, not thrown. */
public record ChronologyFilterForm(List<String> show, String fromDay, String fromMonth, String fromYear,
                                   String toDay, String toMonth, String toYear, String text, Integer page) {

    public static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 10_000;

    public ChronologyFilter toFilter(Problems problems) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<CaseNoteType> notes = EnumSet.noneOf(CaseNoteType.class);
        for (String s : show == null ? List.<String>of() : show) {
            EventType.parse(s).ifPresentOrElse(types::add, () -> CaseNoteType.parse(s).ifPresentOrElse(notes::add,
                    () -> problems.add("show", "Unknown entry type " + s)));
        }
        var from = DateParts.fromParts(fromDay, fromMonth, fromYear, "from", "From date", problems);
        var to = DateParts.fromParts(toDay, toMonth, toYear, "to", "To date", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", "The to date must be the same as or after the from date");
        }
        if (text != null && text.length() > 200) {
            problems.add("text", "Search text must be 200 characters or fewer");
        }
        if (page != null && (page < 1 || page > MAX_PAGE)) {
            // Refused rather than moved to the first or last page: the address asked for a page that is not there.
            problems.add("page", "There is no page " + page + ": pages are numbered from 1 to " + MAX_PAGE);
        }
        int p = page == null || page < 1 || page > MAX_PAGE ? 1 : page;
        return new ChronologyFilter(types, notes, from, to, text, PAGE_SIZE + 1, (p - 1) * PAGE_SIZE);
    }

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    public boolean shows(String value) {
        return show != null && show.contains(value);
    }
}
