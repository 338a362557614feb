package org.opencsc.frontdoor;

import org.opencsc.childrecord.RecordPanel;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The child's referrals, newest first: the episodes the other steps on the record hang from. */
@Component
class ReferralsRecordPanel implements RecordPanel {

    private final ReferralService referrals;

    ReferralsRecordPanel(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void addTo(Model model, long personId, boolean child, CurrentUser user) {
        model.addAttribute("referrals", referrals.forChild(personId));
    }
}
