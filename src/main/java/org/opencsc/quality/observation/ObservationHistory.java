package org.opencsc.quality.observation;

import java.util.List;
import org.opencsc.security.CurrentUser;
import org.opencsc.workforce.SupervisionHistoryEntry;
import org.opencsc.workforce.SupervisionHistorySource;
import org.springframework.stereotype.Component;

/** Puts a worker's practice observations beside their supervision sessions, for those who may read them. */
@Component
class ObservationHistory implements SupervisionHistorySource {

    private final Observations observations;
    private final ObservationRepository repository;

    ObservationHistory(Observations observations, ObservationRepository repository) {
        this.observations = observations;
        this.repository = repository;
    }

    @Override
    public List<SupervisionHistoryEntry> forWorker(long workerId, CurrentUser reader) {
        return repository.forWorker(workerId).stream().filter(o -> observations.reads(reader, workerId, o.observerId()))
                .map(o -> new SupervisionHistoryEntry(o.observedOn(), "Practice observation: " + o.setting().label(), o.observerName(),
                        "/quality/observations/" + o.id()))
                .toList();
    }
}
