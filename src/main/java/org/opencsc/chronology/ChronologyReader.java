package org.opencsc.chronology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Service;

/**
 * A chronology as a user is shown it (the record page, the API, the oversight page). An entry
 * shared with someone the user may not open (a case note for a sibling group that includes a
 * restricted child) is about all of them and cannot be shown in part: only its date and kind
 * are. An entry whose detail alone concerns such a person (one child's part of a visit to a
 * sibling group) is shown without the detail. Entries shown in full are logged as views of the
 * other people they are about, so a restricted child's log shows who read their part.
 */
@Service
public class ChronologyReader {

    private final EventLog events;
    private final Redaction redaction;
    private final AccessLog accessLog;

    ChronologyReader(EventLog events, Redaction redaction, AccessLog accessLog) {
        this.events = events;
        this.redaction = redaction;
        this.accessLog = accessLog;
    }

    /**
     * {@code recordIds}: the record the user opened (access already checked and logged) and the
     * records merged into it; their own entries are theirs to read.
     */
    public List<ChronologyEntry> shownTo(CurrentUser user, List<Long> recordIds, ChronologyFilter filter,
                                         AccessLog.Channel channel, String path) {
        List<ChronologyEntry> entries = events.chronology(recordIds, filter);
        Set<Long> others = new LinkedHashSet<>();
        entries.forEach(e -> e.aboutIds().stream().filter(id -> !recordIds.contains(id)).forEach(others::add));
        Redaction.Sights sights = redaction.of(user, others);
        String words = filter.text() == null || filter.text().isBlank() ? null : filter.text().trim().toLowerCase(Locale.ROOT);
        List<ChronologyEntry> shown = new ArrayList<>(entries.size());
        Set<Long> readAbout = new LinkedHashSet<>();
        for (ChronologyEntry e : entries) {
            boolean subjectsOpen = e.subjectIds().stream().allMatch(id -> recordIds.contains(id) || sights.open(id));
            boolean alsoAboutOpen = e.alsoAboutIds().stream().allMatch(id -> recordIds.contains(id) || sights.open(id));
            if (!subjectsOpen) {
                // A word filter matched words the reader may not see: listing the entry would confirm them.
                if (words == null) {
                    shown.add(e.withheld(e.subjectIds().stream().filter(id -> recordIds.contains(id) || sights.open(id)).toList()));
                }
            } else if (!alsoAboutOpen) {
                if (words == null || e.summary().toLowerCase(Locale.ROOT).contains(words)) {
                    shown.add(e.withoutDetail());
                    e.subjectIds().stream().filter(id -> !recordIds.contains(id)).forEach(readAbout::add);
                }
            } else {
                shown.add(e);
                e.aboutIds().stream().filter(id -> !recordIds.contains(id)).forEach(readAbout::add);
            }
        }
        if (!readAbout.isEmpty()) {
            accessLog.recordViews(user.username(), readAbout, channel, path);
        }
        return shown;
    }
}
