package org.opencsc.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.rules.CensusValidation;
import org.opencsc.returns.census.rules.RuleType;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo council's census for the year it was seeded in exports every child in need, none
 * unexportable, with no DfE error (queries may remain where the data is questionable). Only the
 * seeded children are read (rows written by the seeding transaction, as DemoCouncilTest does):
 * other tests share the database and add children that are wrong on purpose.
 */
@IntegrationTest
class DemoCouncilCensusTest {

    @Autowired
    CensusExport export;
    @Autowired
    CensusValidation validation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCouncilsYearExportsWithNoErrors() {
        String seed = jdbc.sql("SELECT xmin::text FROM event ORDER BY id LIMIT 1").query(String.class).single();
        LocalDate seededOn = jdbc.sql("SELECT max(created_at) FROM person WHERE xmin = CAST(:seed AS xid)").param("seed", seed)
                .query(java.sql.Timestamp.class).single().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        List<Long> children = jdbc.sql("SELECT id FROM person WHERE is_child AND xmin = CAST(:seed AS xid)")
                .param("seed", seed).query(Long.class).list();
        CensusYear year = CensusYear.containing(seededOn);

        ExportResult result = export.exportChildren(year, children);

        assertThat(result.unexportable()).as("demo children the census could not hold").isEmpty();
        assertThat(result.message().children()).as("the demo council's children in need this year").hasSizeGreaterThan(50);
        List<String> errors = validation.validate(result.message(), year).stream()
                .filter(p -> p.type() == RuleType.ERROR)
                .map(p -> p.ruleCode() + " " + p.laChildId() + ": " + p.message())
                .toList();
        assertThat(errors).as("DfE errors in the demo council's census").isEmpty();
    }
}
