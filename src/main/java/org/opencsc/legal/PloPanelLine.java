package org.opencsc.legal;

import java.time.LocalDate;
import org.opencsc.platform.web.Dates;

/**
 * One row of the PLO panel page, worked out in Java for today: the page has a row for every open
 * pre-proceedings (some 400 at a large council), and each template expression that calls a
 * method with arguments costs tens of microseconds; plain accessors cost a fraction of that.
 * {@code name} and {@code href} are null when the user may not open the child's record.
 */
record PloPanelLine(String rowId, String name, String href, String started, long weeks, String aim, boolean pastAim,
                    String nextReview, boolean meetingNotPlanned, String overdueMeeting) {

    static PloPanelLine of(PloPanelRow r, LocalDate today) {
        boolean named = r.name() != null;
        return new PloPanelLine("pp-" + r.preProceedingsId(), r.name(),
                named ? "/people/" + r.personId() + "/pre-proceedings/" + r.preProceedingsId() : null,
                Dates.govuk(r.startedOn()), r.weeksElapsed(today), Dates.govuk(r.aimOn()), r.pastAim(today),
                r.nextReviewOn() == null ? "None planned" : Dates.govuk(r.nextReviewOn()), r.initialPlannedOn() == null,
                r.meetingOverdue(today) ? "Meeting planned for " + Dates.govuk(r.overdueMeetingOn()) + " not recorded as held" : null);
    }
}
