package org.opencsc.returns.census.export;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Children in Need census built from OpenCSC's records: every child (restricted records
 * too: it is a statutory return) with a referral whose episode overlaps the year, one
 * CINdetails per such referral, oldest first. The caller writes the export to the access log.
 *
 * <p>The year is read in a fixed handful of queries inside one read-only, repeatable-read
 * transaction (one connection, one moment), then derived in memory ({@link CensusAssembler}).
 */
@Service
public class CensusExport {

    private static final String SOFTWARE = "OpenCSC";

    private final CensusRecords records;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final String laCode;
    private final String release;

    CensusExport(CensusRecords records, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                 @Value("${opencsc.census.la-code}") String laCode,
                 @Value("${opencsc.census.release}") String release) {
        if (laCode == null || !laCode.matches("\\d{3}")) {
            throw new IllegalStateException("opencsc.census.la-code must be the council's three-digit local authority "
                    + "code (OPENCSC_CENSUS_LA_CODE), not \"" + laCode + "\"");
        }
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
        this.laCode = laCode;
        this.release = release;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The whole year's return, with the next serial number. */
    public ExportResult export(CensusYear year) {
        // Taken before the read-only transaction (nextval writes) and on its own connection turn.
        long serial = jdbc.sql("SELECT nextval('census_export_serial')").query(Long.class).single();
        return readOnly.execute(status -> build(year, records.read(year, null), serial));
    }

    /**
     * The same children as {@link #export} would give, for only these people (a caseload, one
     * child): people not in the year's census are simply not in it. It is a check, not a return,
     * so it takes no serial number: the header carries the last one given.
     */
    public ExportResult exportChildren(CensusYear year, Collection<Long> personIds) {
        List<Long> ids = List.copyOf(personIds);
        return readOnly.execute(status -> {
            long lastSerial = jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM census_export_serial")
                    .query(Long.class).single();
            CensusRows.Snapshot rows = ids.isEmpty() ? empty() : records.read(year, ids);
            return build(year, rows, lastSerial);
        });
    }

    private ExportResult build(CensusYear year, CensusRows.Snapshot rows, long serial) {
        CensusAssembler.Assembled assembled = CensusAssembler.assemble(year, rows);
        return new ExportResult(new CensusMessage(header(year, serial), assembled.children()), assembled.unexportable());
    }

    private CensusHeader header(CensusYear year, long serial) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), LondonTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
        return new CensusHeader("CIN", String.valueOf(year.year()), year.referenceDate(), "L", laCode, SOFTWARE,
                release, String.format("%03d", serial), now);
    }

    private static CensusRows.Snapshot empty() {
        return new CensusRows.Snapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
