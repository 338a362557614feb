package org.opencsc.document;

import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.CurrentUser;

/** A fresh child allocated to Sam Social, for the document tests: each test class makes its own. */
record DocumentTestChild(long id, CurrentUser social, LocalDate today) {

    static DocumentTestChild referred(ProtectionJourney journey, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new DocumentTestChild(journey.referredAndAllocated(today.minusDays(10)).child(), journey.user("social"), today);
    }
}
