package org.opencsc.returns.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.export.ExportResult;
import org.opencsc.returns.census.rules.CensusValidation;
import org.opencsc.returns.census.rules.RuleType;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The census command line run in process against the test application (the real commands,
 * picocli and the exit codes; only the start of the application is the test's own).
 */
@IntegrationTest
class CensusCommandLineTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    CensusExport export;
    @Autowired
    CensusValidation validation;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run census(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CensusCommandLine.run(args, () -> context, false, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportWritesASchemaValidFileOfTheYearAndExitsOnWhetherItIsReadyToSend() throws Exception {
        ProtectionJourney.Referred child = journey.referredAndAllocated(LocalDate.of(2025, 7, 1));
        jdbc.sql("UPDATE person SET ethnicity = 'WBRI' WHERE id = ?").params(child.child()).update();
        Path out = dir.resolve("cin.xml");

        Run run = census("export", "--year", "2026", "--out", out.toString());

        ExportResult expected = export.export(new CensusYear(2026));
        boolean errors = validation.validate(expected.message(), new CensusYear(2026)).stream()
                .anyMatch(p -> p.type() == RuleType.ERROR);
        assertThat(run.code()).as(run.err()).isEqualTo(errors || !expected.unexportable().isEmpty() ? 1 : 0);
        CensusXml.schema().newValidator().validate(new StreamSource(out.toFile()));
        assertThat(Files.readString(out)).contains("<LAchildID>" + child.child() + "</LAchildID>");
        assertThat(run.out()).contains("Wrote the 2025 to 2026 census to " + out);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE channel = 'CLI' AND path = 'census export --year 2026' "
                + "AND listed @> ARRAY[CAST(? AS bigint)]").params(child.child()).query(Long.class).single())
                .as("the export in the access log").isEqualTo(1);
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactly("cin.xml");
    }

    @Test
    void validateSummarisesTheFileAndWritesEveryProblemToTheCsv() throws Exception {
        Path file = dir.resolve("cin.xml");
        census("export", "--year", "2026", "--out", file.toString());
        Path report = dir.resolve("report.csv");

        Run run = census("validate", file.toString(), "--report", report.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(file + ": the 2025 to 2026 census, ").contains(" and ").contains("Wrote ");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("LAchildID,rule_code,type,module,fields,message");
        long problems = validation.validate(CensusXml.read(Files.newInputStream(file)).message().orElseThrow(),
                new CensusYear(2026)).size();
        assertThat(lines).hasSize((int) problems + 1);
    }

    @Test
    void aFileTheSchemaRefusesIsListedWithLinesAndColumnsAndExitsOne() throws Exception {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<Message>\n  <Header>\n</Message>\n");
        Run run = census("validate", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("was refused").containsPattern("line 4, column \\d+: ");
    }

    @Test
    void importLoadsAFileAsTheDataOfficerNamedAndRefusesAnyoneElse() throws Exception {
        var file = org.opencsc.returns.census.web.CensusFiles.newChild(jdbc);
        Path xml = dir.resolve("other.xml");
        Files.writeString(xml, file.xml());

        Run leader = census("import", xml.toString(), "--user", "leader");
        assertThat(leader.code()).isEqualTo(1);
        assertThat(leader.err()).contains("Only a data and performance officer can import");

        Run run = census("import", xml.toString(), "--user", "dataofficer");
        assertThat(run.code()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("Imported " + xml + ": 1 children (1 new");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE la_child_id = ?").params(file.laChildId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(census("import", xml.toString()).code()).as("no --user").isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwoWithAClearMessageBeforeTheApplicationStarts() {
        AtomicBoolean started = new AtomicBoolean();
        StringWriter err = new StringWriter();
        int missing = CensusCommandLine.run(new String[] {"validate", dir.resolve("nope.xml").toString()},
                () -> {
                    started.set(true);
                    return context;
                }, false, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("There is no file " + dir.resolve("nope.xml").toAbsolutePath());
        assertThat(started).as("the application was not started for a missing file").isFalse();

        assertThat(census("export", "--year", "1.5", "--out", dir.resolve("a.xml").toString()).code()).isEqualTo(2);
        assertThat(census("export", "--year", "20266", "--out", dir.resolve("a.xml").toString()).err())
                .contains("is not a census year");
        Run future = census("export", "--year", "2099", "--out", dir.resolve("a.xml").toString());
        assertThat(future.code()).isEqualTo(2);
        assertThat(future.err()).contains("The 2099 census has not begun");
        assertThat(census("export", "--out", dir.resolve("a.xml").toString()).err()).contains("--year");
        assertThat(census("export", "--year", "2026", "--out", dir.resolve("no/such/dir/a.xml").toString()).code()).isEqualTo(2);
        assertThat(census().code()).as("no command").isEqualTo(2);
        assertThat(census("frobnicate").code()).isEqualTo(2);
        assertThat(dir.resolve("a.xml")).doesNotExist();
    }
}
