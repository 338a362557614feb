package org.opencsc.childrecord;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.ChronologyReader;
import org.opencsc.person.Disability;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.stereotype.Service;

/** Reads a child's record for a user, checking access and writing the access log first. */
@Service
public class ChildRecordService {

    private final PersonRepository people;
    private final FamilyNetwork family;
    private final AllocationRepository allocations;
    private final ChronologyReader chronologies;
    private final AccessPolicy access;

    ChildRecordService(PersonRepository people, FamilyNetwork family, AllocationRepository allocations,
                       ChronologyReader chronologies, AccessPolicy access) {
        this.people = people;
        this.family = family;
        this.allocations = allocations;
        this.chronologies = chronologies;
        this.access = access;
    }

    public ChildRecord open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("There is no record " + id));
        access.checkAndLogView(user, id, channel, path);
        List<String> alerts = new ArrayList<>();
        if (person.restricted()) {
            alerts.add("Restricted record");
        }
        if (person.unborn()) {
            alerts.add("Unborn");
        }
        for (Disability d : person.disabilities()) {
            alerts.add("Disability: " + d.label());
        }
        return new ChildRecord(person, allocations.current(id).orElse(null), family.shownTo(id, user), alerts);
    }

    /**
     * The chronology of the record and of any records merged into it, as the user may see it
     * (entries shared with a record they may not open are withheld). Call after {@link #open}.
     */
    public List<ChronologyEntry> chronology(long id, ChronologyFilter filter, CurrentUser user, AccessLog.Channel channel,
                                            String path) {
        return chronologies.shownTo(user, people.idsIncludingMerged(id), filter, channel, path);
    }

    public long resolveMerged(long id) {
        return people.resolveMerged(id);
    }
}
