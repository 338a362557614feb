package org.opencsc.quality.observation;

import java.time.Instant;
import java.time.LocalDate;
import org.opencsc.quality.Grade;

/**
 * An observation of a worker's practice. {@code personId}/{@code childName} are the child the
 * practice was with, shown only to a reader who may open the child's record ({@code childWithheld}
 * otherwise: the observation is about the worker, so it stays readable without the child).
 */
public record PracticeObservation(long id, long workerId, String workerName, long observerId, String observerName,
                                  LocalDate observedOn, ObservationSetting setting, Long personId, String childName,
                                  boolean childWithheld, String strengths, String toDevelop, Grade grade,
                                  String workerReflection, Instant workerReflectionAt, Instant recordedAt, int version) {

    PracticeObservation withoutChild() {
        return new PracticeObservation(id, workerId, workerName, observerId, observerName, observedOn, setting, null, null, true,
                strengths, toDevelop, grade, workerReflection, workerReflectionAt, recordedAt, version);
    }
}
