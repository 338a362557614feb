package org.opencsc.returns.census.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.returns.census.CensusMessage;

/** What the reader does with files that try to make it reach outside themselves, and under load. */
class CensusXmlHardeningTest {

    private static final CensusMessage RICH = RichMessage.build();
    private static final String GOOD = CensusXmlWriteTest.text(RICH);

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String url;

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak 'LEAKED'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSchemaLocationInTheFileIsNeverFetchedAndTheFileIsStillRead() {
        String hinted = GOOD.replace("<Message>", "<Message xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"" + url + "/evil.xsd\">");

        CensusFile file = CensusXml.read(new ByteArrayInputStream(hinted.getBytes(StandardCharsets.UTF_8)));

        assertThat(requests.get()).isZero();
        assertThat(file.problems()).isEmpty();
        assertThat(file.message()).contains(RichMessage.withoutIds(RICH));
    }

    @Test
    void aMessageInANamespaceIsRefusedSayingSo() {
        String namespaced = GOOD.replace("<Message>", "<Message xmlns=\"http://www.example.org/cin\">");

        CensusFile file = CensusXml.read(new ByteArrayInputStream(namespaced.getBytes(StandardCharsets.UTF_8)));

        assertThat(file.problems()).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("in an XML namespace");
        });
    }

    /** Defence in depth: even if a DOCTYPE got past the schema check, the parser would not fetch. */
    @Test
    void theParserBehindTheSchemaCheckDoesNotResolveEntitiesEither(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-9902");
        Path file = Files.writeString(dir.resolve("doctype.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Message SYSTEM \"" + url + "/dtd\" [\n"
                + "<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                + "<!ENTITY remote SYSTEM \"" + url + "/entity\">]>\n"
                + "<Message><Header><CollectionDetails/><Source><LEA>&secret;</LEA><SoftwareCode>&remote;</SoftwareCode>"
                + "</Source></Header><Children/></Message>");

        Throwable thrown = catchThrowable(() -> {
            CensusMessage message = MessageParser.parse(file);
            assertThat(message.header().lea()).doesNotContain("TOP-SECRET");
        });

        assertThat(requests.get()).isZero();
        assertThat(String.valueOf(thrown)).doesNotContain("TOP-SECRET");
    }

    @Test
    void theTemporaryCopyIsDeletedWhetherTheFileIsAcceptedOrRefused() throws IOException {
        List<Path> before = spools();

        CensusXml.read(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)));
        CensusXml.read(new ByteArrayInputStream("<Message>".getBytes(StandardCharsets.UTF_8)));
        CensusXml.read(new ByteArrayInputStream(new byte[0]));

        assertThat(spools()).isEqualTo(before);
    }

    @Test
    void filesAreReadCorrectlyAtTheSameTime() throws Exception {
        String bad = GOOD.replace("<Sex>M</Sex>", "<Sex>X</Sex>");
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<CensusFile>> reads = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> CensusXml.read(new ByteArrayInputStream(
                            (i % 2 == 0 ? GOOD : bad).getBytes(StandardCharsets.UTF_8)))))
                    .toList();
            for (int i = 0; i < reads.size(); i++) {
                CensusFile file = reads.get(i).get();
                if (i % 2 == 0) {
                    assertThat(file.message()).contains(RichMessage.withoutIds(RICH));
                } else {
                    assertThat(file.problems()).singleElement()
                            .satisfies(p -> assertThat(p.message()).startsWith("Sex: 'X'"));
                }
            }
        }
    }

    private static List<Path> spools() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("opencsc-cin-census-")).sorted().toList();
        }
    }
}
