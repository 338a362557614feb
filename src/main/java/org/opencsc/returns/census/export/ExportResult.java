package org.opencsc.returns.census.export;

import java.util.List;
import org.opencsc.returns.census.CensusMessage;

/** The census message and every child the export could not put in it, with why. */
public record ExportResult(CensusMessage message, List<Unexportable> unexportable) {

    public ExportResult {
        unexportable = List.copyOf(unexportable);
    }
}
