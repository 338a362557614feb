package org.opencsc.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many children a worker may hold before a manager is warned: the worker's own limit when one
 * is set, else the council's (opencsc.workforce.caseload-limit, or asye-caseload-limit while
 * they are newly qualified: a protected caseload), pro rata for a part-time worker (rounded down,
 * at least 1), since the council's limits are for a full-time worker.
 */
@Component
public class CaseloadLimits {

    private final int standard;
    private final int asye;

    CaseloadLimits(@Value("${opencsc.workforce.caseload-limit:18}") int standard,
                   @Value("${opencsc.workforce.asye-caseload-limit:12}") int asye) {
        if (standard < 1 || asye < 1) {
            throw new IllegalArgumentException("opencsc.workforce caseload limits must be 1 or more");
        }
        this.standard = standard;
        this.asye = asye;
    }

    public int standard() {
        return standard;
    }

    public int asye() {
        return asye;
    }

    public int limitFor(Integer own, boolean newlyQualifiedNow, BigDecimal fte) {
        if (own != null) {
            return own;
        }
        int base = newlyQualifiedNow ? asye : standard;
        BigDecimal share = fte == null ? BigDecimal.ONE : fte;
        return Math.max(1, BigDecimal.valueOf(base).multiply(share).setScale(0, RoundingMode.FLOOR).intValueExact());
    }
}
