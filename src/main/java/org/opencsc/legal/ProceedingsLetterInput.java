package org.opencsc.legal;

import java.util.List;

/**
 * A new letter before proceedings: the child's pre-proceedings, any siblings' open pre-proceedings
 * the same letter is for, the parents or carers it is addressed to, and whether it offers family
 * group decision making.
 */
public record ProceedingsLetterInput(Long preProceedingsId, List<Long> siblingPreProceedingsIds, List<Long> recipientIds,
                                     boolean offersFgdm) {
}
