package org.opencsc.returns.census.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusHeader;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.ChildCharacteristics;
import org.opencsc.returns.census.ChildIdentifiers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * STAND-IN, replaced whole by the export of branch i11-export when it is merged: only the
 * children in the year and their identifiers and ethnicity, enough for the data-quality views to
 * be built and tested against the shared signature.
 */
@Service
public class CensusExport {

    private final JdbcClient jdbc;

    CensusExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ExportResult export(CensusYear year) {
        return exportChildren(year, null);
    }

    public ExportResult exportChildren(CensusYear year, Collection<Long> personIds) {
        if (personIds != null && personIds.isEmpty()) {
            return new ExportResult(new CensusMessage(header(year), List.of()), List.of());
        }
        record Row(long id, String laChildId, String upn, LocalDate dob, LocalDate expected, String gender, String ethnicity) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT p.id, coalesce(p.la_child_id, p.id::text) AS la_child_id, p.upn, p.date_of_birth AS dob,
                               p.expected_date_of_birth AS expected, p.gender, p.ethnicity
                        FROM person p
                        WHERE p.is_child AND p.merged_into IS NULL
                          AND (:all OR p.id = ANY(:ids))
                          AND EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id AND r.referral_date <= :ref
                                      AND (r.closure_date IS NULL OR r.closure_date >= :start))
                        ORDER BY p.id
                        """)
                .param("all", personIds == null)
                .param("ids", personIds == null ? new Long[0] : personIds.toArray(Long[]::new))
                .param("ref", year.referenceDate()).param("start", year.start())
                .query(Row.class).list();
        List<CensusChild> children = new ArrayList<>();
        List<Unexportable> unexportable = new ArrayList<>();
        for (Row r : rows) {
            if (r.dob() == null && r.expected() == null) {
                unexportable.add(new Unexportable(r.id(), r.laChildId(), "no date of birth recorded"));
                continue;
            }
            String sex = switch (r.gender() == null ? "" : r.gender()) {
                case "1" -> "M";
                case "2" -> "F";
                default -> "U";
            };
            children.add(new CensusChild(new ChildIdentifiers(r.laChildId(), r.upn(), null, null, r.dob(), r.expected(), sex, null),
                    new ChildCharacteristics(r.ethnicity(), List.of()), List.of(), r.id()));
        }
        return new ExportResult(new CensusMessage(header(year), children), unexportable);
    }

    private static CensusHeader header(CensusYear year) {
        return new CensusHeader("CIN", String.valueOf(year.year()), year.referenceDate(), "L", "000", "OpenCSC", "0", "1",
                LocalDateTime.now());
    }
}
