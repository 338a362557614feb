package org.opencsc.legal;

import java.time.LocalDate;

/** An extension of the 16-week aim, with its reason. */
public record PreProceedingsExtension(LocalDate previousAimOn, LocalDate newAimOn, String reason, String decidedBy) {
}
