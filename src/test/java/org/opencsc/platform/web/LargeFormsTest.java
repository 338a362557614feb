package org.opencsc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form with many fields is read whole. Tomcat 11 reads only the first 1,000 fields of a request
 * unless told otherwise, and drops the rest without a word; the supervision form has nine fields for
 * each child on the worker's caseload, so a worker with 112 children could not be supervised (found
 * by the full test run, whose "social" carries hundreds of test children).
 */
@IntegrationTest
class LargeFormsTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    @Test
    void fieldsAfterTheFirstThousandAreRead() {
        long child = journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
        LocalDate today = LondonTime.today(clock);
        List<String> form = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            form.addAll(List.of("unused" + i, "x"));
        }
        // The form's own fields come last, where a 1,000-field limit would have dropped them.
        form.addAll(List.of("heldOnDay", String.valueOf(today.getDayOfMonth()), "heldOnMonth", String.valueOf(today.getMonthValue()),
                "heldOnYear", String.valueOf(today.getYear()), "socialWorker", "social", "manager", "manager", "legalAdviser", "legal",
                "thresholdDiscussion", "Some worries, not at the level of significant harm", "decision", "THRESHOLD_NOT_MET",
                "reasons", "Help under the plan is working", "alternative", "Pre-proceedings: not needed while things improve"));
        PageSession manager = PageSession.signedIn(port, "manager");
        String path = "/people/" + child + "/legal-planning-meetings/new";
        form.addAll(List.of("_csrf", manager.get(path).csrf()));
        PageSession.Page saved = manager.post(path, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).contains("legalPlanningMeetingRecorded");
    }
}
