package org.opencsc.returns.annexa;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencsc.security.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Annex A for an inspection date, as the pages and the API download it: the workbook, one list's
 * CSV, and the row count of each list for the page.
 *
 * <p>A download reads every list it holds in one read-only, repeatable-read transaction (one
 * connection, one snapshot), streaming each query's rows into the workbook's temporary files or
 * a temporary CSV file; the access log entry (the date, the lists and every child listed,
 * restricted or not) is written in that transaction too, and only then is the file sent, so a
 * slow client never holds a database connection.
 */
@Service
public class AnnexAReturn {

    /** Who asked, and how. */
    public record Requester(String username, AccessLog.Channel channel, String path) {
    }

    /**
     * Where a finished download goes: opened only once the file is made and logged, so a failure
     * before then is answered as an error (problem+json, or the page), not as a broken file.
     */
    @FunctionalInterface
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /** A list and how many rows it has at the date. */
    public record Counted(AnnexList list, long rows) {
    }

    private final AnnexLists lists;
    private final AnnexRows rows;
    private final AccessLog accessLog;
    private final TransactionTemplate snapshot;

    AnnexAReturn(AnnexLists lists, AnnexRows rows, AccessLog accessLog, PlatformTransactionManager transactions) {
        this.lists = lists;
        this.rows = rows;
        this.accessLog = accessLog;
        this.snapshot = new TransactionTemplate(transactions);
        // Not read-only: the access log entry is written in it, on its connection.
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public List<AnnexList> lists() {
        return lists.all();
    }

    public List<Counted> counts(LocalDate date) {
        return snapshot.execute(status -> lists.all().stream().map(l -> new Counted(l, rows.count(l, date))).toList());
    }

    /** The workbook, every list a sheet, written to {@code out} once it is complete and logged. */
    public void writeWorkbook(LocalDate date, Requester requester, Destination destination) throws IOException {
        try (AnnexWorkbook workbook = new AnnexWorkbook()) {
            snapshot.executeWithoutResult(status -> {
                Set<Long> listed = new LinkedHashSet<>();
                List<String> counts = new ArrayList<>();
                for (AnnexList list : lists.all()) {
                    workbook.startSheet(list);
                    long[] n = {0};
                    rows.stream(list, date, (personId, values) -> {
                        workbook.row(values);
                        listed.add(personId);
                        n[0]++;
                    });
                    counts.add("list " + list.number() + " " + n[0]);
                }
                log(requester, "Ofsted Annex A at " + date + ", workbook: " + String.join(", ", counts), listed);
            });
            try (OutputStream out = destination.open()) {
                workbook.write(out);
            }
        }
    }

    /** One list as CSV, written to {@code out} once it is complete and logged. */
    public void writeCsv(LocalDate date, AnnexList list, Requester requester, Destination destination) throws IOException {
        Path file = null;
        try {
            file = Files.createTempFile("annex-a-list-" + list.number() + "-", ".csv");
            Path spooled = file;
            snapshot.executeWithoutResult(status -> {
                Set<Long> listed = new LinkedHashSet<>();
                long[] n = {0};
                try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(spooled),
                        StandardCharsets.UTF_8))) {
                    AnnexCsv csv = new AnnexCsv(writer);
                    csv.row(list.headings());
                    rows.stream(list, date, (personId, values) -> {
                        csv.row(values);
                        listed.add(personId);
                        n[0]++;
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                log(requester, "Ofsted Annex A at " + date + ", list " + list.number() + " (" + list.title() + ") CSV: "
                        + n[0] + (n[0] == 1 ? " row" : " rows"), listed);
            });
            try (InputStream in = Files.newInputStream(file); OutputStream out = destination.open()) {
                in.transferTo(out);
            }
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    private void log(Requester requester, String terms, Set<Long> listed) {
        accessLog.recordSearch(requester.username(), requester.channel(), requester.path(), terms, listed, List.of());
    }
}
