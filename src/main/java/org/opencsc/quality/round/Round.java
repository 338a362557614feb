package org.opencsc.quality.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round with everything needed to check its draw was fair: the filter as chosen, the children it
 * found eligible when drawn ({@code eligibleIds}, in id order; {@code eligible} counts them), the
 * sample size and the seed. A round chosen by hand has no filter, size or seed.
 */
public record Round(long id, String title, RoundKind kind, String theme, long templateId, String templateName,
                    int templateVersion, Selection selection, SampleFilter filter, List<Long> eligibleIds, int eligible,
                    Integer sampleSize, Long seed, LocalDate dueOn, Instant createdAt, String createdBy, Instant closedAt,
                    int version, List<RoundAudit> audits, List<RoundPartner> partners) {

    public boolean open() {
        return closedAt == null;
    }
}
