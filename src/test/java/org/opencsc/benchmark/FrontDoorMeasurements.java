package org.opencsc.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front door at a large council's size: the duty queue page as a duty social worker, and
 * recording contacts about random children through the page (GET the form, POST it with its
 * CSRF token, as the contact officer) and through the API (HTTP Basic, so a bcrypt check each).
 * The queue is timed before the contacts are recorded (the generated live queue) and again
 * after (every recorded contact is still waiting, so the page is at its 300-contact limit).
 */
final class FrontDoorMeasurements {

    static final int QUEUE_REQUESTS = 300;
    static final int QUEUE_REQUESTS_AFTER = 100;
    static final int PAGE_CONTACTS = 200;
    static final int API_CONTACTS = 200;
    private static final int WARM_UP = 10;
    private static final Pattern CREATED = Pattern.compile("/contacts/(\\d+)\\?recorded");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final int port;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Random random;
    private final Check expect;

    final List<Latencies> results = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    int contactsRecorded;

    /** Told of every response: whether it was the one expected, and what the request was. */
    interface Check {
        void accept(boolean ok, String what);
    }

    FrontDoorMeasurements(int port, JdbcClient jdbc, Clock clock, Random random, Check expect) {
        this.port = port;
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
        this.expect = expect;
    }

    void run(List<Long> children) {
        WebSession duty = WebSession.signIn(port, "duty", "demo");
        WebSession contact = WebSession.signIn(port, "contact", "demo");
        WebSession contactApi = WebSession.basic(port, "contact", "demo");
        long waitingBefore = waiting();
        long overdueBefore = overdue();

        for (int i = 0; i < WARM_UP; i++) {
            expect.accept(duty.get("/front-door").status() == 200, "warm-up duty queue");
        }
        Latencies queue = timeQueue(duty, QUEUE_REQUESTS, "Duty queue /front-door (duty, " + waitingBefore + " waiting)");
        String page = duty.get("/front-door").body();
        notes.add("Duty queue before: " + waitingBefore + " contacts waiting (" + overdueBefore + " overdue); the page lists "
                + rowsOn(page) + " rows.");

        int next = 0;
        for (int i = 0; i < WARM_UP; i++) {
            recordOnPage(contact, children.get(next++), null, null, null);
            recordByApi(contactApi, children.get(next++), null);
        }
        Latencies form = new Latencies("Record a contact: GET /contacts/new?childId= (contact)");
        Latencies post = new Latencies("Record a contact: POST /contacts, CSRF (contact)");
        Latencies flow = new Latencies("Record a contact: form + POST together (contact)");
        for (int i = 0; i < PAGE_CONTACTS; i++) {
            recordOnPage(contact, children.get(next++), form, post, flow);
        }
        Latencies api = new Latencies("Contact API POST /api/v1/contacts (HTTP Basic, incl. bcrypt)");
        for (int i = 0; i < API_CONTACTS; i++) {
            recordByApi(contactApi, children.get(next++), api);
        }

        long waitingAfter = waiting();
        Latencies queueAfter = timeQueue(duty, QUEUE_REQUESTS_AFTER, "Duty queue /front-door (duty, " + waitingAfter + " waiting)");
        page = duty.get("/front-door").body();
        notes.add("Duty queue after recording " + contactsRecorded + " contacts (warm-up included): " + waitingAfter
                + " waiting; the page lists " + rowsOn(page) + " rows (the queue shows at most 300).");
        results.addAll(List.of(queue, form, post, flow, api, queueAfter));
    }

    private Latencies timeQueue(WebSession duty, int requests, String label) {
        Latencies l = new Latencies(label);
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            WebSession.Response r = duty.get("/front-door");
            l.add(System.nanoTime() - t);
            expect.accept(r.status() == 200, "duty queue");
        }
        return l;
    }

    private void recordOnPage(WebSession session, long child, Latencies form, Latencies post, Latencies flow) {
        long t0 = System.nanoTime();
        WebSession.Response page = session.get("/contacts/new?childId=" + child);
        long t1 = System.nanoTime();
        expect.accept(page.status() == 200, "contact form for " + child);
        if (page.status() != 200) {
            return;
        }
        ZonedDateTime received = ZonedDateTime.now(clock).minusMinutes(1 + random.nextInt(60));
        String body = "forChild=" + child + "&childIds=" + child
                + "&receivedDay=" + received.getDayOfMonth() + "&receivedMonth=" + received.getMonthValue()
                + "&receivedYear=" + received.getYear() + "&receivedTime=" + WebSession.enc(received.format(HH_MM))
                + "&source=2A&contactorName=" + WebSession.enc("Mrs Patel") + "&contactorAgency=" + WebSession.enc("St Mary's Primary School")
                + "&contactorDetails=" + WebSession.enc("0151 496 0118")
                + "&reported=" + WebSession.enc("Benchmark contact: bruise on the cheek noticed at school this morning.")
                + "&urgency=STANDARD&consent=GIVEN&consentScope=" + WebSession.enc("Mum agreed to checks with school and health");
        long t2 = System.nanoTime();
        WebSession.Response created = session.postForm("/contacts", body, page.body());
        long t3 = System.nanoTime();
        boolean ok = created.status() == 302 && CREATED.matcher(created.location()).find();
        expect.accept(ok, "POST /contacts (HTTP " + created.status() + ") for " + child + " to " + created.location());
        if (ok) {
            contactsRecorded++;
        }
        if (form != null) {
            form.add(t1 - t0);
            post.add(t3 - t2);
            flow.add((t1 - t0) + (t3 - t2));
        }
    }

    private void recordByApi(WebSession api, long child, Latencies latencies) {
        Instant received = Instant.now(clock).minusSeconds(60 + random.nextInt(3_600));
        String json = """
                {"receivedAt": "%s", "sourceCode": "6", "contactorName": "PC Hughes", "contactorAgency": "Merseyside Police",
                 "reported": "Benchmark contact: police attended a domestic incident at the home overnight.",
                 "urgency": "STANDARD", "consent": "NOT_SOUGHT",
                 "sharingReason": "Seeking consent could place the child at increased risk of significant harm",
                 "childIds": [%d]}
                """.formatted(received, child);
        long t = System.nanoTime();
        WebSession.Response r = api.postJson("/api/v1/contacts", json);
        if (latencies != null) {
            latencies.add(System.nanoTime() - t);
        }
        expect.accept(r.status() == 201, "POST /api/v1/contacts for " + child);
        if (r.status() == 201) {
            contactsRecorded++;
        }
    }

    private static int rowsOn(String page) {
        Matcher m = Pattern.compile("href=\"/contacts/\\d+\"").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private long waiting() {
        return jdbc.sql("SELECT count(*) FROM contact WHERE status <> 'DECIDED'").query(Long.class).single();
    }

    private long overdue() {
        return jdbc.sql("SELECT count(*) FROM contact WHERE status <> 'DECIDED' AND decision_due_on < current_date")
                .query(Long.class).single();
    }
}
