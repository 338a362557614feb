package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application keeps its data across a crash and a restart. Runs in the
 * integration-test phase (failsafe), on the Spring Boot jar the package phase built, as a
 * separate process with the durable embedded database in a temporary directory: it writes
 * through the API, is killed with SIGKILL (its PostgreSQL is left running, orphaned), starts
 * again on the same directory, must stop the orphan and read everything back, and finally stops
 * cleanly on SIGTERM, leaving no PostgreSQL process behind.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class RestartIT {

    private static final Duration READY_WAIT = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Path work;
    private Path dataDir;
    private int appPort;
    private int dbPort;
    private final List<Process> apps = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createTempDirectory("opencsc-restart-it");
        dataDir = work.resolve("data");
        appPort = freePort();
        dbPort = freePort();
    }

    @AfterEach
    void stopEverythingStarted() throws IOException {
        for (Process app : apps) {
            app.destroyForcibly();
        }
        for (ProcessHandle postgres : postmastersOnDataDir()) {
            postgres.destroy();
            if (!DataDirectory.waitForExit(postgres, Duration.ofSeconds(20))) {
                postgres.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void writesSurviveAKilledJvmAndACleanStopLeavesNoServerRunning() throws Exception {
        // The first run is given the directory through a symbolic link, the second its real path:
        // the orphan must still be recognised as the directory's server.
        Path link = Files.createSymbolicLink(work.resolve("data-link"), Files.createDirectories(dataDir));
        Process first = start(1, link);
        String surname = "Restartova" + letters(8);
        long child = created(post("/api/v1/people", """
                {"child": true, "givenName": "Rhiannon", "familyName": "%s", "dateOfBirth": "2016-03-04",
                 "gender": "FEMALE", "confirmNotDuplicate": true}""".formatted(surname)));
        String summary = "Phoned school about " + surname;
        Instant occurred = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode note = json(post("/api/v1/children/" + child + "/case-notes", """
                {"type": "PHONE_CALL", "occurredAt": "%s", "summary": "%s", "text": "Attendance is good."}"""
                .formatted(occurred, summary)), 201);
        long noteId = note.get("eventId").asLong();

        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
        assertThat(setting("data_directory")).isEqualTo(link.toString());
        long people = count("SELECT count(*) FROM person");
        long users = count("SELECT count(*) FROM app_user");
        long migrations = count("SELECT count(*) FROM flyway_schema_history");
        assertThat(users).as("demo users seeded into the new, empty database").isPositive();
        assertThat(log(1)).contains("OpenCSC's data is in " + link + " (new, empty)");

        long firstPostmaster = postmasterPid();
        assertThat(first.toHandle().info().command().orElse("")).as("the process killed is the JVM").contains("java");
        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(firstPostmaster).map(ProcessHandle::isAlive))
                .as("the killed JVM's PostgreSQL is left running, orphaned, as after kill -9")
                .contains(true);

        Process second = start(2, dataDir);
        assertThat(ProcessHandle.of(firstPostmaster).filter(ProcessHandle::isAlive))
                .as("the orphaned server was shut down").isEmpty();
        assertThat(postmastersOnDataDir()).as("one PostgreSQL on the data directory").hasSize(1)
                .extracting(ProcessHandle::pid).containsExactly(postmasterPid());
        assertThat(log(2)).contains("did not stop cleanly is still running on " + dataDir)
                .contains("OpenCSC's data is in " + dataDir + " (kept from the last run)")
                .as("Flyway validated the existing schema and migrated nothing again").contains("No migration necessary");

        JsonNode person = json(get("/api/v1/people/" + child), 200);
        assertThat(person.get("familyName").asString()).isEqualTo(surname);
        List<String> noteSummaries = new ArrayList<>();
        json(get("/api/v1/children/" + child + "/chronology"), 200).forEach(e -> {
            if (e.get("eventId").asLong() == noteId) {
                noteSummaries.add(e.get("summary").asString());
            }
        });
        assertThat(noteSummaries).as("the case note written before the kill").containsExactly(summary);
        assertThat(count("SELECT count(*) FROM person")).as("demo data is not seeded again").isEqualTo(people);
        assertThat(count("SELECT count(*) FROM app_user")).isEqualTo(users);
        assertThat(count("SELECT count(*) FROM flyway_schema_history")).as("no migration ran twice").isEqualTo(migrations);

        long secondPostmaster = postmasterPid();
        second.destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).as("the application stops on SIGTERM").isTrue();
        assertThat(ProcessHandle.of(secondPostmaster).filter(ProcessHandle::isAlive)).as("PostgreSQL stopped with it").isEmpty();
        assertThat(postmastersOnDataDir()).isEmpty();
        assertThat(dataDir.resolve("postmaster.pid")).as("PostgreSQL shut down cleanly").doesNotExist();
        assertThat(log(2)).contains("Embedded PostgreSQL stopped cleanly");
    }

    /**
     * PostgreSQL killed under the running application: requests are answered at once with 503
     * "The database is not available" (not a 500 after the pool's timeout), the health check says
     * so, and the stop on SIGTERM does not claim a clean shutdown of a server that was gone.
     */
    @Test
    void aDatabaseServerKilledUnderTheApplicationIsReportedAtOnce() throws Exception {
        Process app = start(1, dataDir);
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        postmaster.destroyForcibly();
        assertThat(DataDirectory.waitForExit(postmaster, Duration.ofSeconds(30))).isTrue();

        long started = System.nanoTime();
        HttpResponse<String> api = get("/api/v1/people/1");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(api.body()).get("title").asString()).isEqualTo("The database is not available");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("The database is not available").contains("govuk-heading-l");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(took).as("answered without waiting for the pool's timeout").isLessThan(Duration.ofSeconds(5));

        app.destroy();
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the application stops on SIGTERM").isTrue();
        assertThat(log(1)).contains("had already stopped while OpenCSC ran").doesNotContain("Embedded PostgreSQL stopped cleanly");
    }

    // ------------------------------------------------------------------ the application process

    private Process start(int run, Path dataDirGiven) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar().toString(),
                "--server.port=" + appPort, "--logging.level.org.opencsc.demo=WARN")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app-" + run + ".log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OPENCSC_") || name.startsWith("SPRING_"));
        builder.environment().put("OPENCSC_DATA_DIR", dataDirGiven.toString());
        builder.environment().put("OPENCSC_DB_PORT", Integer.toString(dbPort));
        Process app = builder.start();
        apps.add(app);
        awaitReady(app, run);
        return app;
    }

    /** The packaged jar; failsafe passes its path, as built by this very build's package phase. */
    private static Path jar() throws IOException {
        String configured = System.getProperty("opencsc.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("opencsc-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
        }
    }

    /**
     * Ready once the web server answers and the demo users exist (the demo data is seeded, in one
     * transaction, after the web server is listening). Asked without signing in: a sign-in
     * before the users exist would count as a failed one.
     */
    private void awaitReady(Process app, int run) throws Exception {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).build();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("Run " + run + " exited with " + app.exitValue() + ":\n" + tail(log(run)));
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && count("SELECT count(*) FROM app_user") > 0) {
                    return;
                }
            } catch (IOException | SQLException notReadyYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Run " + run + " was not ready within " + READY_WAIT + ":\n" + tail(log(run)));
    }

    private String log(int run) throws IOException {
        return Files.readString(work.resolve("app-" + run + ".log"));
    }

    private static String tail(String log) {
        return log.length() <= 6000 ? log : log.substring(log.length() - 6000);
    }

    // ------------------------------------------------------------------ HTTP as the contact officer

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString("contact:demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static long created(HttpResponse<String> response) {
        return json(response, 201).get("id").asLong();
    }

    // ------------------------------------------------------------------ the database and its processes

    private String setting(String name) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres");
    }

    private long postmasterPid() {
        return PostmasterPid.read(dataDir.resolve("postmaster.pid")).orElseThrow().pid();
    }

    /** PostgreSQL's main processes started on this data directory (its workers retitle themselves). */
    private List<ProcessHandle> postmastersOnDataDir() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(dataDir.toString())
                        || List.of(args).contains(work.resolve("data-link").toString())).orElse(false))
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String letters(int n) {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
