package org.opencsc.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What can be corrected on an authorised assessment: the written sections, the reasons for the
 * outcome and the factors. The outcome itself is not here: a different outcome is a different
 * decision, not a correction. {@code name} is the API's "field" and the page's select value.
 */
public record AmendableField(String name, String label) {

    static final String OUTCOME_REASONS = "outcomeReasons";
    static final String FACTORS = "factors";

    static final List<AmendableField> ALL = all();

    private static List<AmendableField> all() {
        List<AmendableField> fields = new ArrayList<>();
        for (AssessmentSection s : AssessmentSection.values()) {
            fields.add(new AmendableField(s.field(), s.label()));
        }
        fields.add(new AmendableField(OUTCOME_REASONS, "Reasons for the outcome"));
        fields.add(new AmendableField(FACTORS, "Factors identified at assessment"));
        return List.copyOf(fields);
    }

    static Optional<AmendableField> of(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    static Optional<AssessmentSection> section(String name) {
        for (AssessmentSection s : AssessmentSection.values()) {
            if (s.field().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
