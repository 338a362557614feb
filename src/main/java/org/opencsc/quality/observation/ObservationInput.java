package org.opencsc.quality.observation;

import java.time.LocalDate;
import org.opencsc.quality.Grade;

/** An observation to record; {@code personId} (the child the practice was with) and {@code grade} are optional. */
public record ObservationInput(Long workerId, LocalDate observedOn, ObservationSetting setting, Long personId, String strengths,
                               String toDevelop, Grade grade) {
}
