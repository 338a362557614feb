package org.opencsc.returns.census.web;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.opencsc.returns.census.rules.CensusProblem;

/**
 * The report as CSV, one row per problem: the LAchildID (empty for the header's), the DfE code
 * with its Q for a query, error or query, the module, the items as {@code Name=value; Name=value},
 * and the message. Children are named by LAchildID only: the file is made to be sent around
 * and opened in spreadsheets, so it carries no names.
 */
public final class CensusCsv {

    public static final List<String> HEADER = List.of("LAchildID", "rule_code", "type", "module", "fields", "message");

    private CensusCsv() {
    }

    public static void write(List<CensusProblem> problems, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER);
        for (CensusProblem p : problems) {
            csv.row(List.of(p.laChildId() == null ? "" : p.laChildId(), p.ruleCode(), CensusReports.type(p.type()),
                    p.module().element(), fields(p.fields()), p.message()));
        }
        csv.flush();
    }

    static String fields(List<CensusProblem.Field> fields) {
        return fields.stream().map(f -> f.name() + "=" + f.value()).collect(Collectors.joining("; "));
    }
}
