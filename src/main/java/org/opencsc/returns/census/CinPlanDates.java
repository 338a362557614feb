package org.opencsc.returns.census;

import java.time.LocalDate;

/** CINPlanDates: a child in need plan's start and end. {@code sourceId} is the OpenCSC child_plan id. */
public record CinPlanDates(LocalDate startDate, LocalDate endDate, Long sourceId) {
}
