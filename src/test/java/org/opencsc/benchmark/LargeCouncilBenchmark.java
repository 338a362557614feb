package org.opencsc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencsc.demo.CouncilGenerator;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.rules.CensusValidation;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast person search, the child's record page and the front door (duty queue, recording
 * contacts) are at a large council's size: about 250,000 people in families with ten years of
 * events and front-door history. Generates the council into the empty
 * embedded database, then times real HTTP requests on loopback, signed in through the form
 * login like a browser. Run on its own (it needs the database to itself):
 *
 * <pre>./mvnw -B test -Pbenchmark</pre>
 *
 * The table is printed and written to target/benchmark-results.txt. For a quicker smoke run of the
 * benchmark itself, -Dbenchmark.families=N generates a smaller council of N families (the
 * figures are then not the large council's). To look at query plans at
 * this size, add -Dbenchmark.holdMinutes=N: the database then stays up for N minutes after the
 * run and its JDBC URL is printed, for psql and EXPLAIN.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opencsc.demo-data=false", "logging.level.root=WARN", "logging.level.org.opencsc.demo=INFO"})
class LargeCouncilBenchmark {

    private static final String PASSWORD = "demo";
    private static final int WARM_UP = 50;
    /** Page searches of each kind (7 kinds). */
    private static final int SEARCHES_PER_KIND = 50;
    /** API searches of each kind: fewer, as every one pays for a bcrypt check. */
    private static final int API_SEARCHES_PER_KIND = 10;
    private static final int RANDOM_CHILDREN = 250;
    private static final int LONGEST_CHILDREN = 50;
    private static final int MANAGER_RANDOM_CHILDREN = 150;
    private static final int MANAGER_LONGEST_CHILDREN = 50;
    private static final Path RESULTS = Path.of("target", "benchmark-results.txt");

    @LocalServerPort
    int port;
    @Autowired
    CouncilGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessPolicy access;
    @Autowired
    UserRepository users;
    @Autowired
    Clock clock;
    @Autowired
    CensusExport censusExport;
    @Autowired
    CensusValidation censusValidation;

    private final Random random = new Random(2024);
    private final List<String> problems = new ArrayList<>();

    @Test
    void searchAndChildRecordAtLargeCouncilSize() throws IOException, InterruptedException {
        assertThat(count("app_user")).as("the benchmark needs an empty database: run it alone with -Pbenchmark").isZero();

        CouncilGenerator.Size size = size();
        long started = System.nanoTime();
        generator.generate(size);
        double generationSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("person", "person_name", "relationship", "event", "event_subject", "address", "allocation")) {
            rows.put(table, count(table));
        }
        Map<String, Long> frontDoorRows = frontDoorRows();

        WebSession leader = WebSession.signIn(port, "leader", PASSWORD);
        WebSession manager = WebSession.signIn(port, "manager", PASSWORD);
        WebSession leaderApi = WebSession.basic(port, "leader", PASSWORD);
        CurrentUser managerUser = users.findByUsername("manager").orElseThrow();

        SearchCases searches = new SearchCases(random, samplePeople(1_000), nicknames());
        List<SearchCases.SearchCase> warmUpSearches = searches.take(4);
        List<SearchCases.SearchCase> pageSearches = searches.take(SEARCHES_PER_KIND);
        List<SearchCases.SearchCase> apiSearches = searches.take(API_SEARCHES_PER_KIND);

        List<Long> children = jdbc.sql("SELECT id FROM person WHERE is_child AND merged_into IS NULL ORDER BY id")
                .query(Long.class).list();
        children = new ArrayList<>(children);
        Collections.shuffle(children, random);
        List<Long> longest = longestChronologies(1_000);
        List<Long> randomChildren = children.subList(0, RANDOM_CHILDREN);
        List<Long> longestChildren = longest.subList(0, LONGEST_CHILDREN);
        // Children the manager may open (the app's own access rule decides), five more for the warm-up.
        List<Long> managerVisible = children.subList(RANDOM_CHILDREN, children.size()).stream()
                .filter(id -> access.canView(managerUser, id)).limit(MANAGER_RANDOM_CHILDREN + 5).toList();
        List<Long> managerRandom = managerVisible.subList(0, MANAGER_RANDOM_CHILDREN);
        List<Long> managerWarmUp = managerVisible.subList(MANAGER_RANDOM_CHILDREN, managerVisible.size());
        List<Long> managerLongest = longest.stream()
                .filter(id -> access.canView(managerUser, id)).limit(MANAGER_LONGEST_CHILDREN).toList();

        // Warm up the JIT, the connection pool, the template cache and PostgreSQL's buffers.
        for (int i = 0; i < WARM_UP; i++) {
            if (i % 2 == 0) {
                expectOk(leader.get(warmUpSearches.get(i / 2 % warmUpSearches.size()).pageQuery()), "warm-up search");
            } else {
                expectOk(leader.get("/people/" + children.get(children.size() - 1 - i)), "warm-up record");
            }
        }
        for (int i = 0; i < 5; i++) {
            expectOk(leaderApi.get(warmUpSearches.get(i).apiQuery()), "warm-up API search");
            expectOk(manager.get("/people/" + managerWarmUp.get(i)), "warm-up manager record");
        }

        Map<String, Latencies> byKind = new LinkedHashMap<>();
        SearchCases.KINDS.forEach(k -> byKind.put(k, new Latencies("  " + k)));
        Latencies allSearches = new Latencies("Person search page /people/search (leader, all kinds)");
        Map<String, int[]> hits = new LinkedHashMap<>();
        for (SearchCases.SearchCase c : pageSearches) {
            long t = System.nanoTime();
            WebSession.Response r = leader.get(c.pageQuery());
            byKind.get(c.kind()).add(System.nanoTime() - t);
            expectOk(r, "search " + c.name());
            if (c.expectedId() != null) {
                int[] h = hits.computeIfAbsent(c.kind(), k -> new int[2]);
                h[1]++;
                if (r.body().contains("href=\"/people/" + c.expectedId() + "\"")) {
                    h[0]++;
                }
            }
        }
        byKind.values().forEach(allSearches::addAll);

        Latencies api = new Latencies("Person search API /api/v1/people (HTTP Basic, incl. bcrypt)");
        int apiHits = 0;
        int apiExpected = 0;
        for (SearchCases.SearchCase c : apiSearches) {
            long t = System.nanoTime();
            WebSession.Response r = leaderApi.get(c.apiQuery());
            api.add(System.nanoTime() - t);
            expectOk(r, "API search " + c.name());
            if (SearchCases.WITH_DOB.equals(c.kind())) {
                apiExpected++;
                apiHits += r.body().matches("(?s).*\"id\":" + c.expectedId() + "[,}].*") ? 1 : 0;
            }
        }

        Latencies leaderRandom = timeRecords(leader, randomChildren, "Child's record /people/{id} (leader, random children)");
        Latencies leaderLongest = timeRecords(leader, longestChildren, "Child's record /people/{id} (leader, longest chronologies)");
        Latencies managerRecords = timeRecords(manager, managerRandom, "Child's record /people/{id} (manager, random children)");
        Latencies managerLong = timeRecords(manager, managerLongest, "Child's record /people/{id} (manager, longest chronologies)");
        // The children the generator gave five years of plans, visits and supervision: each opened four times.
        List<Long> longHistories = jdbc.sql("SELECT person_id FROM child_plan WHERE latest_version >= 10 ORDER BY person_id")
                .query(Long.class).list();
        List<Long> longHistoryOpens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            longHistoryOpens.addAll(longHistories);
        }
        Latencies fiveYears = timeRecords(leader, longHistoryOpens,
                "Child's record /people/{id} (leader, 5 years of plans, visits and supervision)");
        Latencies allRecords = new Latencies("Child's record /people/{id} (all of the above)");
        List.of(leaderRandom, leaderLongest, managerRecords, managerLong).forEach(allRecords::addAll);

        // Contacts are recorded about children not opened above, so the record timings are not disturbed.
        FrontDoorMeasurements frontDoor = new FrontDoorMeasurements(port, jdbc, clock, random, (ok, what) -> {
            if (!ok && problems.size() < 20) {
                problems.add(what);
            }
        });
        long contactsBefore = count("contact");
        frontDoor.run(children.subList(children.size() / 2, children.size()));
        long contactsAdded = count("contact") - contactsBefore;

        TeamWorkMeasurements teamWork = new TeamWorkMeasurements(port, jdbc, (ok, what) -> {
            if (!ok && problems.size() < 20) {
                problems.add(what);
            }
        });
        teamWork.run();

        CensusExportMeasurements census = new CensusExportMeasurements(censusExport, censusValidation, clock);
        census.run();

        // Last, so the one-at-a-time figures above are measured on a machine doing nothing else.
        ConcurrencyMeasurements concurrency = new ConcurrencyMeasurements(port, jdbc, clock, (ok, what) -> {
            if (!ok && problems.size() < 20) {
                problems.add(what);
            }
        });
        CurrentUser contactUser = users.findByUsername("contact").orElseThrow();
        // The benchmark's notes are dated yesterday: a child born since could not have one (it is refused).
        java.util.Set<Long> bornByThen = java.util.Set.copyOf(jdbc.sql(
                        "SELECT id FROM person WHERE is_child AND (date_of_birth IS NULL OR date_of_birth < ?)")
                .params(org.opencsc.platform.time.LondonTime.today(clock).minusDays(1)).query(Long.class).list());
        List<Long> writable = children.subList(children.size() / 4, children.size() / 2).stream()
                .filter(bornByThen::contains).filter(id -> access.canView(contactUser, id)).limit(2_000).toList();
        concurrency.run(randomChildren, pageSearches.stream().map(SearchCases.SearchCase::pageQuery).toList(), writable);

        List<String> out = new ArrayList<>();
        out.add("OpenCSC large-council benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs visible to the JVM, Java " + Runtime.version());
        out.add(String.format(Locale.ROOT, "Generation of %s (%d families): %.1f s",
                size.equals(CouncilGenerator.Size.LARGE) ? "CouncilGenerator.Size.LARGE" : "a SMALLER council (-Dbenchmark.families)",
                size.families(), generationSeconds));
        out.add("Rows: " + rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        out.add("Front door rows as generated: " + frontDoorRows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        out.add("Events per child in the longest-chronology groups: " + chronologyRange(longestChildren)
                + " (leader), " + chronologyRange(managerLongest) + " (manager); random children: "
                + chronologyRange(randomChildren));
        out.add("Five-year records: " + longHistories.size() + " children, events each: " + chronologyRange(longHistories)
                + "; journey rows: " + journeyRows());
        out.add("Warm-up: " + (WARM_UP + 10) + " requests, not counted. Times are full HTTP round trips on loopback.");
        out.add("");
        out.add(Latencies.header());
        out.add(allSearches.row());
        byKind.values().forEach(l -> out.add(l.row()));
        out.add(api.row());
        out.add(allRecords.row());
        for (Latencies l : List.of(leaderRandom, leaderLongest, managerRecords, managerLong, fiveYears)) {
            out.add(l.row());
        }
        frontDoor.results.forEach(l -> out.add(l.row()));
        teamWork.results.forEach(l -> out.add(l.row()));
        out.add("");
        out.add(ConcurrencyMeasurements.header());
        concurrency.results.forEach(r -> out.add(r.row()));
        out.add("");
        hits.forEach((kind, h) -> out.add("Search check: '" + kind + "' listed the person searched for in " + h[0] + " of " + h[1]));
        out.add("(Only 'full name + date of birth' must always list them: without a date of birth a common name can have"
                + " more than 50 matches as good, and a typo or nickname can rank other people first.)");
        out.add("Search check: API 'full name + date of birth' listed the person in " + apiHits + " of " + apiExpected);
        out.add("API figures include HTTP Basic authentication, which runs a bcrypt check on every request.");
        out.addAll(frontDoor.notes);
        out.addAll(teamWork.notes);
        out.addAll(concurrency.notes);
        out.addAll(census.notes);
        out.add("Contacts recorded by the benchmark: " + frontDoor.contactsRecorded + " answered as created, " + contactsAdded
                + " new contact rows.");
        out.forEach(System.out::println);
        Files.createDirectories(RESULTS.getParent());
        Files.write(RESULTS, out);

        holdForInspection();
        assertThat(problems).as("unexpected responses").isEmpty();
        int[] withDob = hits.get(SearchCases.WITH_DOB);
        assertThat(withDob[0]).as("searches by name and date of birth that found their person").isEqualTo(withDob[1]);
        assertThat(apiHits).as("API searches by name and date of birth that found their person").isEqualTo(apiExpected);
        assertThat(contactsAdded).as("contacts the benchmark recorded").isEqualTo(frontDoor.contactsRecorded)
                .isEqualTo(2L * 10 + FrontDoorMeasurements.PAGE_CONTACTS + FrontDoorMeasurements.API_CONTACTS);
        int notesSent = Arrays.stream(ConcurrencyMeasurements.USERS).map(ConcurrencyMeasurements::requestsFor).sum();
        assertThat(concurrency.caseNotesSaved).as("case notes saved by the concurrent runs").isEqualTo(notesSent)
                .isEqualTo(concurrency.caseNotesAnswered.get());
    }

    /** The large council, unless -Dbenchmark.families asks for a smaller one (a smoke run of the benchmark). */
    private static CouncilGenerator.Size size() {
        CouncilGenerator.Size large = CouncilGenerator.Size.LARGE;
        int families = Integer.getInteger("benchmark.families", large.families());
        return families == large.families() ? large : new CouncilGenerator.Size(families, large.years(), large.teamsPerLocality(),
                large.workersPerTeam(), large.openCaseShare(), large.dutyQueue(), large.longHistories(), large.seed());
    }

    private Latencies timeRecords(WebSession session, List<Long> ids, String label) {
        Latencies l = new Latencies(label);
        for (long id : ids) {
            long t = System.nanoTime();
            WebSession.Response r = session.get("/people/" + id);
            l.add(System.nanoTime() - t);
            expectOk(r, "record " + id);
        }
        return l;
    }

    private void expectOk(WebSession.Response r, String what) {
        if (r.status() != 200 && problems.size() < 20) {
            problems.add(what + ": HTTP " + r.status());
        }
    }

    /** The generated front door: contacts, decisions, referrals and re-referrals, and the live queue. */
    private Map<String, Long> frontDoorRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("contact", "contact_child", "contact_decision", "referral")) {
            rows.put(table, count(table));
        }
        rows.put("re-referrals", jdbc.sql("SELECT count(*) FROM referral WHERE re_referral").query(Long.class).single());
        rows.put("referrals open (allocated)", jdbc.sql("SELECT count(*) FROM referral WHERE closure_date IS NULL AND worker_id IS NOT NULL")
                .query(Long.class).single());
        rows.put("referrals awaiting allocation", jdbc.sql("SELECT count(*) FROM referral WHERE closure_date IS NULL AND worker_id IS NULL")
                .query(Long.class).single());
        rows.put("contacts waiting", jdbc.sql("SELECT count(*) FROM contact WHERE status <> 'DECIDED'").query(Long.class).single());
        rows.put("of which overdue", jdbc.sql("SELECT count(*) FROM contact WHERE status <> 'DECIDED' AND decision_due_on < current_date")
                .query(Long.class).single());
        return rows;
    }

    /** The statutory journey and the work behind the open cases, as generated. */
    private String journeyRows() {
        return List.of("single_assessment", "strategy_discussion", "s47_enquiry", "cp_plan", "cp_core_group", "cp_conference",
                        "visit", "child_plan", "plan_review", "supervision").stream()
                .map(t -> t + "=" + count(t)).collect(Collectors.joining(", "));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** People picked at random ids, with the name and date of birth a worker would type. */
    private List<SearchCases.Sampled> samplePeople(int wanted) {
        long min = jdbc.sql("SELECT min(id) FROM person").query(Long.class).single();
        long max = jdbc.sql("SELECT max(id) FROM person").query(Long.class).single();
        Long[] ids = random.longs(wanted * 2L, min, max + 1).boxed().toArray(Long[]::new);
        List<SearchCases.Sampled> sampled = jdbc.sql("""
                        SELECT id, given_name, family_name, date_of_birth FROM person
                        WHERE id = ANY(:ids::bigint[]) AND merged_into IS NULL
                          AND given_name IS NOT NULL AND date_of_birth IS NOT NULL
                        """)
                .param("ids", ids)
                .query((rs, n) -> new SearchCases.Sampled(rs.getLong("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate()))
                .list();
        List<SearchCases.Sampled> shuffled = new ArrayList<>(sampled);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(wanted, shuffled.size()));
    }

    private Map<String, List<String>> nicknames() {
        return jdbc.sql("SELECT full_name, nickname FROM nickname ORDER BY full_name, nickname")
                .query((rs, n) -> Map.entry(rs.getString("full_name"), rs.getString("nickname")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The children with the most events on their chronology, longest first. */
    private List<Long> longestChronologies(int limit) {
        return jdbc.sql("""
                        SELECT es.person_id FROM event_subject es JOIN person p ON p.id = es.person_id
                        WHERE p.is_child AND p.merged_into IS NULL
                        GROUP BY es.person_id ORDER BY count(*) DESC, es.person_id LIMIT :limit
                        """)
                .param("limit", limit).query(Long.class).list();
    }

    private String chronologyRange(List<Long> ids) {
        List<Long> counts = jdbc.sql("""
                        SELECT count(*) FROM event_subject WHERE person_id = ANY(:ids::bigint[]) GROUP BY person_id
                        """)
                .param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
        return counts.isEmpty() ? "none" : Collections.min(counts) + " to " + Collections.max(counts);
    }

    private void holdForInspection() throws InterruptedException {
        int minutes = Integer.getInteger("benchmark.holdMinutes", 0);
        if (minutes > 0) {
            String url = jdbc.sql("SELECT 'port ' || current_setting('port') || ', database ' || current_database()")
                    .query(String.class).single();
            System.out.println("Holding the database for " + minutes + " minutes for inspection (" + url
                    + ", user postgres, password postgres)");
            Thread.sleep(minutes * 60_000L);
        }
    }
}
