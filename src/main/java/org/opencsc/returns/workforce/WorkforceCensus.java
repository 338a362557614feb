package org.opencsc.returns.workforce;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.calendar.WorkingDays;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.AccessLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The DfE children's social work workforce census, built from the workforce's records: the year's
 * message, its XML (checked against the schema), what the checks found, and the figures a page
 * shows. Every export and report is written to the access log (it lists staff's personal data:
 * dates of birth, ethnicity, absence), naming the year and how many workers.
 */
@Service
public class WorkforceCensus {

    private final CswwRecords records;
    private final WorkingDayCalendar calendar;
    private final AccessLog accessLog;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final String lea;

    WorkforceCensus(CswwRecords records, WorkingDayCalendar calendar, AccessLog accessLog, PlatformTransactionManager transactions,
                    Clock clock, @Value("${opencsc.census.la-code}") String lea) {
        this.records = records;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.clock = clock;
        this.lea = lea;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Who asked, and how. */
    public record Requester(String username, AccessLog.Channel channel, String path) {
    }

    /** The year's figures, as the page's summary shows them. */
    public record Summary(int workers, int inPost, BigDecimal inPostFte, int agencyWorkers, BigDecimal agencyFte,
                          BigDecimal vacancies, int starters, int leavers, int errors, int queries) {
    }

    /** A built census: the message, its file, what the schema said of the file, and the checks' problems. */
    public record Built(CswwMessage message, byte[] xml, List<String> schemaProblems, List<CswwProblem> problems,
                        Summary summary) {
    }

    /** The whole council's census, logged as an export ("export") or a reading of its report ("report"). */
    public Built build(WorkforceCensusYear year, Requester requester, String what) {
        Built built = build(year, List.of());
        int n = built.message().workers().size();
        accessLog.recordSearch(requester.username(), requester.channel(), requester.path(),
                "Workforce census " + year.year() + " " + what + ": " + n + (n == 1 ? " worker" : " workers")
                        + ", " + built.problems().size() + " problems", List.of(), List.of());
        return built;
    }

    /** The census for the staff of these teams only (all when empty): what the tests and a team's check ask. */
    public Built build(WorkforceCensusYear year, Collection<Long> teams) {
        CswwRows rows = readOnly.execute(status -> records.read(year, teams));
        WorkingDays days = calendar.workingDays();
        List<CswwWorker> workers = CswwAssembler.workers(year, rows, days::isWorkingDay);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), LondonTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
        CswwMessage message = new CswwMessage(year, lea, now, CswwAssembler.vacancies(year, rows), workers);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CswwXml.write(message, out);
        byte[] xml = out.toByteArray();
        Map<Long, LocalDate> qualified = new HashMap<>();
        rows.workers().forEach(w -> {
            if (w.qualifiedOn() != null) {
                qualified.put(w.id(), w.qualifiedOn());
            }
        });
        List<CswwProblem> problems = CswwChecks.check(year, workers, qualified);
        return new Built(message, xml, workers.isEmpty() ? List.of("There are no social workers in the year: the DfE's "
                + "schema needs at least one CSWWWorker") : CswwXml.check(xml), problems, summary(year, message, problems));
    }

    private static Summary summary(WorkforceCensusYear year, CswwMessage message, List<CswwProblem> problems) {
        List<CswwWorker> own = message.workers().stream().filter(w -> !w.agency()).toList();
        List<CswwWorker> inPost = own.stream().filter(CswwWorker::inPost).toList();
        BigDecimal inPostFte = inPost.stream().map(CswwWorker::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        int starters = (int) own.stream().filter(w -> year.contains(w.roleStartDate())).count();
        int leavers = (int) own.stream().filter(CswwWorker::leaver).count();
        int errors = (int) problems.stream().filter(CswwProblem::error).count();
        return new Summary(message.workers().size(), inPost.size(), inPostFte, message.vacancies().noAgencyHeadcount(),
                message.vacancies().noAgencyFte(), message.vacancies().numberOfVacancies(), starters, leavers, errors,
                problems.size() - errors);
    }
}
