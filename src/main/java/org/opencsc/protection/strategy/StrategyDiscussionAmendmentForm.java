package org.opencsc.protection.strategy;

import java.time.LocalDate;
import java.time.ZoneId;

/** The "Correct this record" form on the strategy discussion's page, as typed. */
public record StrategyDiscussionAmendmentForm(String field, String heldOnDay, String heldOnMonth, String heldOnYear,
                                              String information, String reason, Integer version) {

    /** A blank correction, starting from what the record says now. */
    static StrategyDiscussionAmendmentForm startingFrom(StrategyDiscussion d, ZoneId zone) {
        LocalDate held = d.heldAt().atZone(zone).toLocalDate();
        return new StrategyDiscussionAmendmentForm(null, String.valueOf(held.getDayOfMonth()), String.valueOf(held.getMonthValue()),
                String.valueOf(held.getYear()), d.information(), null, d.version());
    }

    /** A radio option for what to correct. */
    public record FieldOption(String name, String label) {
    }
}
