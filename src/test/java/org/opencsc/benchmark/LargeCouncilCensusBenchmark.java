package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.rules.CensusValidation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The census part of LargeCouncilBenchmark alone: generates the large council into its own empty
 * database and runs only the census export and validation, for the figures (and the errors by
 * rule) without the half hour of page timings:
 *
 * <pre>./mvnw -B test -Pbenchmark -Dtest=LargeCouncilCensusBenchmark</pre>
 *
 * Its own property makes it a Spring context (and database) of its own, so that it never shares
 * LargeCouncilBenchmark's when both run.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO",
        "opencsc.benchmark.part=census"})
class LargeCouncilCensusBenchmark {

    @Autowired
    CouncilGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CensusExport censusExport;
    @Autowired
    CensusValidation censusValidation;

    @Test
    void censusExportAndValidationAtLargeCouncilSize() {
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single())
                .as("the benchmark needs an empty database").isZero();
        long started = System.nanoTime();
        generator.generate(CouncilGenerator.Size.LARGE);
        System.out.printf("Large council generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
        CensusExportMeasurements census = new CensusExportMeasurements(censusExport, censusValidation, clock);
        census.run();
        census.notes.forEach(System.out::println);
    }
}
