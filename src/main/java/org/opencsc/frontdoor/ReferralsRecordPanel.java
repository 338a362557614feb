package org.opencsc.frontdoor;

import static org.opencsc.childrecord.RecordSlot.ACTIONS;
import static org.opencsc.childrecord.RecordSlot.SUMMARY;

import java.util.List;
import org.opencsc.childrecord.RecordFragment;
import org.opencsc.childrecord.RecordPage;
import org.opencsc.childrecord.RecordPanel;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The child's referrals, newest first: the episodes the other steps on the record hang from (the
 * per-referral actions of protection, assessment and episode read {@code referrals} too), and
 * recording a new contact.
 */
@Component
class ReferralsRecordPanel implements RecordPanel {

    private static final String TEMPLATE = "frontdoor/record-panel";

    private final ReferralService referrals;

    ReferralsRecordPanel(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<RecordFragment> fragments() {
        return List.of(
                new RecordFragment(SUMMARY, 200, TEMPLATE, "referrals").on(RecordPart.SUMMARY, RecordPart.ASSESSMENTS_AND_PROTECTION),
                new RecordFragment(ACTIONS, 100, TEMPLATE, "record-contact"));
    }

    @Override
    public void addTo(RecordPage page, long personId, boolean child, CurrentUser user) {
        page.add("referrals", referrals.forChild(personId));
    }
}
