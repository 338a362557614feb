package org.opencsc.returns.census.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.rules.CensusSamples;
import org.opencsc.returns.census.xml.CensusXml;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small census file of one child OpenCSC does not hold (a fresh LAchildID, no UPN, a birth date nobody has). */
public final class CensusFiles {

    private CensusFiles() {
    }

    public record OneChild(String laChildId, String xml) {
    }

    public static OneChild newChild(JdbcClient jdbc) {
        var child = CensusSamples.child();
        child.laChildId = "WEB" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        child.upn = null;
        child.upnUnknown = "UN1";
        child.personId = null;
        child.personBirthDate = freeBirthDate(jdbc);
        child.episodes.forEach(e -> e.sourceId = null);
        CensusMessage message = new CensusMessage(CensusSamples.header().build(), List.of(child.build()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusXml.write(message, out);
        return new OneChild(child.laChildId, out.toString(StandardCharsets.UTF_8));
    }

    private static LocalDate freeBirthDate(JdbcClient jdbc) {
        for (int i = 0; ; i++) {
            LocalDate day = LocalDate.of(2012, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(2500));
            if (jdbc.sql("SELECT count(*) FROM person WHERE date_of_birth = ?").params(java.sql.Date.valueOf(day))
                    .query(Long.class).single() == 0 || i > 50) {
                return day;
            }
        }
    }
}
