package org.opencsc.returns.census;

import java.time.LocalDate;
import java.util.List;

/**
 * Assessments: a single (child and family) assessment. {@code factors} are the factors
 * identified at assessment (1A ... 24A, 21 "no factors identified"). {@code sourceId} is the
 * OpenCSC single_assessment id.
 */
public record Assessment(
        LocalDate actualStartDate,
        LocalDate internalReviewDate,
        LocalDate authorisationDate,
        List<String> factors,
        Long sourceId) {

    public Assessment {
        factors = List.copyOf(factors);
    }
}
