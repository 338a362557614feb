package org.opencsc.quality.observation;

import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.quality.Grade;

/** The observation form as typed, kept to show again when refused. */
public record ObservationForm(String observedOnDay, String observedOnMonth, String observedOnYear, String setting, String personId,
                              String strengths, String toDevelop, String grade) {

    static ObservationForm empty() {
        return new ObservationForm(null, null, null, null, null, null, null, null);
    }

    ObservationInput toInput(long workerId, Problems problems) {
        ObservationSetting s = null;
        if (setting != null && !setting.isBlank()) {
            try {
                s = ObservationSetting.valueOf(setting.trim());
            } catch (IllegalArgumentException e) {
                problems.add("setting", "Choose where you observed the practice");
            }
        }
        Grade g = null;
        if (grade != null && !grade.isBlank()) {
            try {
                g = Grade.valueOf(grade.trim());
            } catch (IllegalArgumentException e) {
                problems.add("grade", "Choose a grade from the list, or none");
            }
        }
        Long child = WholeNumbers.longOrEmpty(personId).orElse(null);
        if (child == null && personId != null && !personId.isBlank()) {
            problems.add("personId", "Enter the child’s record ID as a whole number, or leave it empty");
        }
        return new ObservationInput(workerId, DateParts.fromParts(observedOnDay, observedOnMonth, observedOnYear, "observedOn",
                "The date observed", problems), s, child, strengths, toDevelop, g);
    }
}
