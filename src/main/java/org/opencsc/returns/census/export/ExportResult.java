package org.opencsc.returns.census.export;

import java.util.List;
import org.opencsc.returns.census.CensusMessage;

/**
 * A census export: the message, and every child in scope that the message could not hold, each
 * with what to record. Every child in scope is in exactly one of the two.
 */
public record ExportResult(CensusMessage message, List<Unexportable> unexportable) {

    public ExportResult {
        unexportable = List.copyOf(unexportable);
    }
}
