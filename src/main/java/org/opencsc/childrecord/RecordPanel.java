package org.opencsc.childrecord;

import java.util.List;
import org.opencsc.security.CurrentUser;

/**
 * A feature's part of the child's record pages. Each feature contributes one bean, with its
 * fragments in a template beside it ({@code org/opencsc/<feature>/record-panel.html}), so the
 * pages show every feature without knowing any: record.html inserts, slot by slot, the fragments
 * the panels list for the page shown ({@link RecordPart}), in their stated order, and names no
 * feature's model attributes.
 * <ul>
 *   <li>{@link #fragments()} says which fragments go where ({@link RecordSlot} lists the slots and
 *       the orders taken); it is read once, at start.</li>
 *   <li>{@link #addTo} adds, for one record and user, what those fragments read, and any alert
 *       beside the name. It is called after the record has been opened, so the access check and
 *       the access log entry are done. It is called for every page (the header's level of need and
 *       alerts are on all of them); {@link RecordPage#part()} says which is shown.</li>
 *   <li>{@link #confirmations()} are the success messages of the feature's forms that redirect back
 *       to the record.</li>
 * </ul>
 * Besides its own attributes a fragment may read the page's: {@code record} (the
 * {@link ChildRecord}), {@code p} (its person), {@code today}, {@code canRecord} (the user records
 * on cases) and {@code isManager}; and those of a feature its own feature depends on (the
 * {@code referrals} frontdoor's panel adds, which the per-referral actions go through).
 */
public interface RecordPanel {

    List<RecordFragment> fragments();

    void addTo(RecordPage page, long personId, boolean child, CurrentUser user);

    default List<RecordConfirmation> confirmations() {
        return List.of();
    }
}
