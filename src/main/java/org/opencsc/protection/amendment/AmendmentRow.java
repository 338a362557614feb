package org.opencsc.protection.amendment;

import java.time.Instant;
import java.time.LocalDate;
import org.opencsc.chronology.Amendment;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.conference.ConferenceAmendments;
import org.opencsc.protection.strategy.StrategyDiscussionAmendments;

/** A correction as the page shows it: dates in GOV.UK style, the field in words. */
public record AmendmentRow(Instant amendedAt, String what, String was, String now, String why, String by) {

    public static AmendmentRow of(Amendment a) {
        boolean date = "heldOn".equals(a.field());
        String what = StrategyDiscussionAmendments.FIELDS.getOrDefault(a.field(),
                ConferenceAmendments.FIELDS.getOrDefault(a.field(), a.field()));
        return new AmendmentRow(a.amendedAt(), Character.toUpperCase(what.charAt(0)) + what.substring(1),
                date ? Dates.govuk(LocalDate.parse(a.oldValue())) : a.oldValue(),
                date ? Dates.govuk(LocalDate.parse(a.newValue())) : a.newValue(), a.reason(), a.amendedBy());
    }
}
