package org.opencsc.quality.round;

import java.time.LocalDate;
import org.opencsc.quality.Agency;

/** A partner agency's auditor on a round: they open this round's children until the end of their last day. */
public record RoundPartner(long userId, String name, Agency agency, LocalDate lastDay) {
}
