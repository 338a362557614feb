package org.opencsc.person;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.Role;
import org.opencsc.security.Sight;
import org.springframework.stereotype.Service;

/**
 * Search as a user sees it, for every list of matches (the search page and API, the front
 * door's find-a-child, linking family, the duplicate check): records the user may open in
 * full; others only as "a record you cannot open", without name, date of birth, gender,
 * postcode or ID; restricted records the user is not named on not at all. Every search is
 * written to the access log with what it listed and what it matched but did not show.
 */
@Service
public class PeopleFinder {

    /** Whether a list may show records the user cannot open (without their details), or only those they can. */
    public enum Listing {
        /** A search: every match the user may know exists. */
        EVERY_MATCH,
        /** A list to pick a record from to act on (link, record a contact): only records the user may open. */
        OPEN_ONLY
    }

    /** The duplicate check's answer: the matches the user may be shown, and whether a record they cannot see matched too. */
    public record Duplicates(List<SearchResult> candidates, boolean unseenMatch) {
        public boolean none() {
            return candidates.isEmpty() && !unseenMatch;
        }
    }

    private final PersonSearch search;
    private final Redaction redaction;
    private final AccessLog accessLog;
    private final RestrictedMatchAlerts alerts;
    private final SearchDetails details;

    PeopleFinder(PersonSearch search, Redaction redaction, AccessLog accessLog, RestrictedMatchAlerts alerts,
                 SearchDetails details) {
        this.details = details;
        this.search = search;
        this.redaction = redaction;
        this.accessLog = accessLog;
        this.alerts = alerts;
    }

    public List<SearchResult> search(CurrentUser user, SearchQuery query, int limit, Listing listing,
                                     AccessLog.Channel channel, String path) {
        return search(user, query, limit, m -> true, listing, channel, path);
    }

    /** As {@link #search}, keeping only the matches {@code only} accepts (children, say) before anything is listed. */
    public List<SearchResult> search(CurrentUser user, SearchQuery query, int limit, Predicate<PersonMatch> only,
                                     Listing listing, AccessLog.Channel channel, String path) {
        List<PersonMatch> found = search.search(query, limit).stream().filter(only).toList();
        return shown(user, found, listing, query, channel, path, new ArrayList<>());
    }

    /**
     * The records the new person may already have, as the user may see them. A restricted record
     * they may not see is not shown: they are told one matches, and its managers are alerted.
     */
    public Duplicates duplicates(CurrentUser user, PersonInput in, AccessLog.Channel channel, String path) {
        SearchQuery query = PersonSearch.duplicateQuery(in);
        List<PersonMatch> sealed = new ArrayList<>();
        List<SearchResult> candidates = shown(user, search.likelyDuplicates(in), Listing.EVERY_MATCH, query, channel, path, sealed);
        for (PersonMatch m : sealed) {
            alerts.raise(m.id(), user, query.describe());
        }
        return new Duplicates(candidates, !sealed.isEmpty());
    }

    private List<SearchResult> shown(CurrentUser user, List<PersonMatch> found, Listing listing, SearchQuery query,
                                     AccessLog.Channel channel, String path, List<PersonMatch> sealed) {
        Redaction.Sights sights = redaction.of(user, found.stream().map(PersonMatch::id).toList());
        // A partner agency's auditor is from outside the council and opens only the children in their
        // audits: "a record you cannot open" would still tell them that someone of that name (and date of
        // birth) is known to children's social care, so their searches list only the records they may open.
        boolean listsUnopened = listing == Listing.EVERY_MATCH && user.role().scope() != Role.Scope.AUDIT;
        List<SearchResult> shown = new ArrayList<>();
        List<Long> listed = new ArrayList<>();
        List<Long> unseen = new ArrayList<>();
        for (PersonMatch m : found) {
            Sight sight = sights.of(m.id());
            if (sight == Sight.OPEN) {
                shown.add(SearchResult.of(m));
                listed.add(m.id());
            } else if (sight == Sight.CLOSED && listsUnopened) {
                shown.add(SearchResult.withheld(m));
                listed.add(m.id());
            } else {
                if (sight == Sight.SEALED) {
                    sealed.add(m);
                }
                unseen.add(m.id());
            }
        }
        accessLog.recordSearch(user.username(), channel, path, query.describe(), listed, unseen);
        return details.add(user, shown);
    }
}
