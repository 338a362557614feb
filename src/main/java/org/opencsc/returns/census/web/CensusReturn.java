package org.opencsc.returns.census.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.export.ExportResult;
import org.opencsc.returns.census.rules.CensusProblem;
import org.opencsc.returns.census.rules.CensusValidation;
import org.opencsc.returns.census.xml.CensusFile;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.returns.census.xml.FileProblem;
import org.opencsc.security.AccessLog;
import org.springframework.stereotype.Service;

/**
 * What the pages, the API and the command line do with the census, in one place so all three
 * log alike: export a year (and validate it), and check a file ({@link CensusImports} imports
 * one). Every export and every report of the export is a look at every child in it, so it is
 * written to the access log as a listing of those children, naming the year and how many.
 */
@Service
public class CensusReturn {

    private final CensusExport export;
    private final CensusValidation validation;
    private final AccessLog accessLog;
    private final Clock clock;

    CensusReturn(CensusExport export, CensusValidation validation, AccessLog accessLog, Clock clock) {
        this.export = export;
        this.validation = validation;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Who asked, and how: a signed-in user on a page or the API, or "cli:" and the system user. */
    public record Requester(String username, AccessLog.Channel channel, String path) {
    }

    /** A year's export and what the rules found in it. */
    public record Exported(CensusYear year, ExportResult result, List<CensusProblem> problems) {

        public CensusMessage message() {
            return result.message();
        }

        public List<Long> personIds() {
            return Stream.concat(result.message().children().stream().map(CensusChild::personId),
                    result.unexportable().stream().map(u -> (Long) u.personId())).filter(Objects::nonNull).distinct().toList();
        }
    }

    /** What checking a file found: the file's own problems (then nothing was read) or the rules'. */
    public record FileCheck(List<FileProblem> fileProblems, Optional<CensusMessage> message, CensusYear year,
                            List<CensusProblem> problems) {

        public boolean refused() {
            return message.isEmpty();
        }
    }

    /** The year's export, validated, logged as an export ("export") or a reading of its report ("report"). */
    public Exported export(CensusYear year, Requester requester, String what) {
        ExportResult result = export.export(year);
        List<CensusProblem> problems = validation.validate(result.message(), year);
        Exported exported = new Exported(year, result, problems);
        int children = result.message().children().size();
        String terms = "CIN census " + year.year() + " " + what + ": " + children + (children == 1 ? " child" : " children")
                + ("report".equals(what) ? ", " + problems.size() + " problems" : "")
                + (result.unexportable().isEmpty() ? "" : ", " + result.unexportable().size() + " not exportable");
        accessLog.recordSearch(requester.username(), requester.channel(), requester.path(), terms, exported.personIds(),
                List.of());
        return exported;
    }

    public void writeXml(CensusMessage message, OutputStream out) {
        CensusXml.write(message, out);
    }

    /**
     * Reads a file (schema first: a file with any problem is refused whole) and runs the rules on
     * it, for the year its header names, or the current year when the header gives no usable date.
     */
    public FileCheck check(InputStream in) {
        CensusFile file = CensusXml.read(in);
        if (file.message().isEmpty()) {
            return new FileCheck(file.problems(), Optional.empty(), null, List.of());
        }
        CensusMessage message = file.message().get();
        CensusYear year = yearOf(message);
        return new FileCheck(file.problems(), file.message(), year, validation.validate(message, year));
    }

    private CensusYear yearOf(CensusMessage message) {
        if (message.header() != null && message.header().referenceDate() != null) {
            try {
                return CensusYear.containing(message.header().referenceDate());
            } catch (IllegalArgumentException e) {
                // a reference date outside any year OpenCSC knows: the rules report the header; check as this year
            }
        }
        return CensusYears.current(clock);
    }
}
