package org.opencsc.person;

import java.util.Collection;
import java.util.Map;

/**
 * What the features that hold a person's case know of it, for search results: whether a
 * referral is open and the school where one is recorded. The front door implements it (it
 * holds referrals and the contacts schools make); person depends on no feature.
 */
public interface CaseFacts {

    /** A person's case as search shows it; school is null when none is recorded. */
    record Fact(SearchResult.CaseState caseState, String school) {
    }

    /** The facts for these people; a person with none is left out. */
    Map<Long, Fact> about(Collection<Long> personIds);
}
