package org.opencsc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the OpenAPI description and sends every operation bad input (see {@link BadValues}),
 * as a user who may call it, about the fuzzer's own records. No answer may be a 5xx; every 4xx
 * is problem+json; every 400 names, in {@code errors}, a field the operation has (a body field
 * as the JSON spells it, a path or query parameter); and a value that must be refused is never
 * accepted. The counts are printed and written to target/fuzz-results.txt.
 */
@IntegrationTest
class ApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Operations that change the fuzzer's records for good go last, so the others still find them as they were. */
    private static final List<String> LAST = List.of("/merge", "/closure", "/level", "/finalise");

    @LocalServerPort
    int port;

    @Autowired
    ProtectionJourney journey;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void noBadInputToAnyOperationIsAServerErrorOrAnUnnamedRefusal() throws IOException {
        RawHttp http = new RawHttp(port);
        Operations operations = new Operations(JSON.readTree(http.send("GET", "/api/v1/openapi", null, null, null).body()));
        FuzzWorld world = FuzzWorld.create(http, journey, new Fixtures(people, users, jdbc), jdbc, clock);
        Tally tally = new Tally();
        List<Operations.Operation> all = operations.all().stream()
                .sorted(Comparator.comparing((Operations.Operation op) -> LAST.stream().anyMatch(op.path()::endsWith))
                        .thenComparing(Operations.Operation::label))
                .toList();
        long started = System.nanoTime();
        for (Operations.Operation op : all) {
            new OperationFuzz(op, operations, world, http, tally).run();
        }
        String report = tally.report() + "took " + (System.nanoTime() - started) / 1_000_000 + " ms"
                + (world.warnings.isEmpty() ? "" : "\nwarnings: " + world.warnings) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-results.txt"), report);

        assertThat(all).as("operations in the OpenAPI description").hasSizeGreaterThan(50);
        assertThat(tally.operations()).isEqualTo(all.size());
        assertThat(world.warnings).as("the fuzzer's own records were all created").isEmpty();
        assertThat(tally.failures()).as(report).isEmpty();
    }
}
