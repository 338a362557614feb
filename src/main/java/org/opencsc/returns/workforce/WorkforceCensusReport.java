package org.opencsc.returns.workforce;

import java.util.List;
import org.opencsc.returns.WorkforceCensusAccess;

/** The census's problems as the API answers them: the figures, the schema's verdict on the file, and each worker's problems. */
public record WorkforceCensusReport(int year, String referenceDate, WorkforceCensus.Summary summary, boolean passesSchema,
                                    List<String> schemaProblems, List<Problem> problems) {

    /** One problem, with the page where the worker's census details are recorded. */
    public record Problem(long userId, String name, String code, String severity, String item, String message, String fixAt) {
    }

    static WorkforceCensusReport of(WorkforceCensusYear year, WorkforceCensus.Built built) {
        return new WorkforceCensusReport(year.year(), year.referenceDate().toString(), built.summary(),
                built.schemaProblems().isEmpty(), built.schemaProblems(),
                built.problems().stream().map(p -> new Problem(p.userId(), p.name(), p.code(), p.error() ? "error" : "query",
                        p.item(), p.message(), WorkforceCensusAccess.staffPage(p.userId()))).toList());
    }
}
