package org.opencsc.returns.census.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.load.ImportSamples.counts;
import static org.opencsc.returns.census.load.ImportSamples.freeBirthDate;
import static org.opencsc.returns.census.load.ImportSamples.message;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing from the XML file: schema-checked first, refused whole with line and column, known again by its hash. */
@IntegrationTest
class CensusImportFileTest {

    @Autowired
    CensusImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserRepository users;

    private CurrentUser leader() {
        return users.findByUsername("dataofficer").orElseThrow();
    }

    private static byte[] xml(CensusMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusXml.write(message, out);
        return out.toByteArray();
    }

    @Test
    void aValidFileIsLoadedAndTheSameBytesAgainChangeNothing() {
        CensusChild child = ImportSamples.richChild(freeBirthDate(jdbc)).build();
        byte[] file = xml(message(child));

        ImportResult first = imports.importFile(new ByteArrayInputStream(file), "census.xml", leader());

        assertThat(first.refused()).isFalse();
        assertThat(first.childrenCreated()).isEqualTo(1);
        assertThat(first.sha256()).hasSize(64);
        assertThat(jdbc.sql("SELECT count(*) FROM referral r JOIN person p ON p.id = r.person_id WHERE p.la_child_id = :id")
                .param("id", child.laChildId()).query(Long.class).single()).isEqualTo(2);
        Map<String, Long> before = counts(jdbc);

        ImportResult again = imports.importFile(new ByteArrayInputStream(file), "census-copy.xml", leader());

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aSchemaInvalidFileIsRefusedWithLineAndColumnAndNothingIsLoaded() {
        String text = new String(xml(message(ImportSamples.child(freeBirthDate(jdbc)).build(),
                ImportSamples.child(freeBirthDate(jdbc)).build())), StandardCharsets.UTF_8);
        String broken = text.replaceFirst("<Sex>F</Sex>", "<Sex>Q</Sex>");
        assertThat(broken).isNotEqualTo(text);
        Map<String, Long> before = counts(jdbc);

        ImportResult result = imports.importFile(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                "invalid.xml", leader());

        assertThat(result.refused()).isTrue();
        assertThat(result.importId()).isNull();
        int line = (int) broken.substring(0, broken.indexOf("<Sex>Q</Sex>")).chars().filter(c -> c == '\n').count() + 1;
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
        });
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aTruncatedFileIsRefusedWithLineAndColumnAndNothingIsLoaded() {
        byte[] file = xml(message(ImportSamples.richChild(freeBirthDate(jdbc)).build(),
                ImportSamples.richChild(freeBirthDate(jdbc)).build()));
        byte[] truncated = Arrays.copyOf(file, file.length * 2 / 3);
        Map<String, Long> before = counts(jdbc);

        ImportResult result = imports.importFile(new ByteArrayInputStream(truncated), "truncated.xml", leader());

        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        });
        assertThat(counts(jdbc)).isEqualTo(before);
    }
}
