package org.opencsc.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.person.Names;
import org.opencsc.person.NhsNumber;
import org.opencsc.person.UniquePupilNumber;
import org.opencsc.security.Role;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a believable council: teams and workers, families of children and
 * adults with names, addresses, NHS numbers and relationships, open cases allocated to
 * workers, years of chronology events (many recorded once for a sibling group), and the front
 * door's contacts, decisions and referrals with a live duty queue ({@link DemoFrontDoor}). The same
 * code seeds the small demo council and the 250,000-person benchmark council; rows go in with
 * PostgreSQL COPY so the large one loads in minutes.
 */
@Component
public class CouncilGenerator {

    /** How big a council to make. */
    public record Size(int families, int years, int teamsPerLocality, int workersPerTeam, double openCaseShare,
                       int dutyQueue, int longHistories, long seed) {
        public static final Size DEMO = new Size(130, 6, 1, 5, 0.35, 40, 3, 42);
        /** About 250,000 people: a large council's whole history. */
        public static final Size LARGE = new Size(62_500, 10, 6, 10, 0.08, 150, 50, 7);
    }

    public record Team(long id, String name, String kind, List<Long> workers) {
    }

    private static final Logger log = LoggerFactory.getLogger(CouncilGenerator.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int FLUSH_EVERY = 2_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final WorkingDayCalendar calendar;
    private final JsonMapper json;
    private final Clock clock;

    CouncilGenerator(JdbcClient jdbc, DataSource dataSource, PasswordEncoder passwords, WorkingDayCalendar calendar,
                     JsonMapper json, Clock clock) {
        this.json = json;
        // The application's clock, not the machine's: a council seeded under a test clock is dated by it.
        this.clock = clock.withZone(LONDON);
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.calendar = calendar;
    }

    public void generate(Size size) {
        long started = System.nanoTime();
        Random random = new Random(size.seed());
        String hash = passwords.encode("demo");
        List<Team> caseTeams = teamsAndStaff(size, random, hash);
        Team assessment = caseTeams.stream().filter(t -> t.kind().equals("ASSESSMENT")).findFirst().orElseThrow();
        // The front door draws its own random numbers, so the people and notes are as they were without it.
        DemoFrontDoor frontDoor = new DemoFrontDoor(calendar, size.seed() * 31 + 1, LONDON, Instant.now(clock), assessment.id(),
                assessment.workers(), nextId("contact"), nextId("referral"));
        Batch batch = new Batch(nextId("person"), nextId("event"), frontDoor);
        LocalDate today = LocalDate.now(clock);
        List<List<DemoFrontDoor.Kid>> families = new ArrayList<>();
        for (int f = 0; f < size.families(); f++) {
            families.add(family(batch, size, random, today, caseTeams));
            if ((f + 1) % FLUSH_EVERY == 0) {
                batch.flush();
                log.info("Generated {} of {} families", f + 1, size.families());
            }
        }
        frontDoor.dutyQueue(size.dutyQueue(), families, batch::event);
        batch.flush();
        for (String table : List.of("person", "event", "person_name", "address", "relationship", "allocation", "team", "app_user",
                "contact", "referral")) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 1) FROM " + table + "))")
                    .query(Long.class).single();
        }
        String journeys = new DemoJourneys(jdbc, dataSource, calendar, size.seed() * 17 + 3, today, LONDON).generate();
        String histories = new DemoLongHistories(jdbc, dataSource, calendar, json, size.seed() * 13 + 5, today, LONDON)
                .generate(size.longHistories());
        String supervision = new DemoSupervisionHistory(jdbc, today).generate();
        jdbc.sql("ANALYZE").update();
        log.info("Generated {} families ({}; {}; {}; {}) in {} s", size.families(), frontDoor.summary(), journeys, histories, supervision,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    // ------------------------------------------------------------------ teams and staff

    private List<Team> teamsAndStaff(Size size, Random random, String hash) {
        long frontDoor = team("Front door (MASH)", "Front door", "DUTY");
        long assessment = team("Assessment team", "Front door", "ASSESSMENT");
        long iro = team("Independent reviewing service", "Safeguarding unit", "IRO");
        long qa = team("Quality assurance", "Quality and performance", "QA");
        long legal = team("Legal services", "Legal", "LEGAL");
        long leadership = team("Leadership", "Leadership", "LEADERSHIP");
        long disabled = team("Children with disabilities team", "Specialist services", "DISABILITY");
        long exploitation = team("Exploitation team", "Specialist services", "EXPLOITATION");

        List<Team> caseTeams = new ArrayList<>();
        for (String locality : List.of("North", "South")) {
            for (int i = 1; i <= size.teamsPerLocality(); i++) {
                String name = "Safeguarding team " + locality + (size.teamsPerLocality() > 1 ? " " + i : "");
                caseTeams.add(new Team(team(name, "Locality " + locality, "SAFEGUARDING"), name, "SAFEGUARDING", new ArrayList<>()));
            }
        }
        caseTeams.add(new Team(assessment, "Assessment team", "ASSESSMENT", new ArrayList<>()));
        caseTeams.add(new Team(disabled, "Children with disabilities team", "DISABILITY", new ArrayList<>()));
        caseTeams.add(new Team(exploitation, "Exploitation team", "EXPLOITATION", new ArrayList<>()));

        // One demo login per role (see DemoMode.LOGINS); passwords are all "demo".
        long north = caseTeams.getFirst().id();
        long south = caseTeams.get(size.teamsPerLocality()).id();
        long contact = user("contact", "Chris Contact", Role.CONTACT_OFFICER, hash, false, frontDoor);
        long duty = user("duty", "Dana Duty", Role.DUTY_SOCIAL_WORKER, hash, false, frontDoor);
        long dutyManager = user("dutymanager", "Morgan Mash", Role.DUTY_MANAGER, hash, false, frontDoor);
        long social = user("social", "Sam Social", Role.SOCIAL_WORKER, hash, false, north);
        caseTeams.getFirst().workers().add(social);
        long social2 = user("social2", "Sasha South", Role.SOCIAL_WORKER, hash, true, south);
        caseTeams.get(size.teamsPerLocality()).workers().add(social2);
        long family = user("family", "Frankie Support", Role.FAMILY_SUPPORT_WORKER, hash, false, north);
        caseTeams.getFirst().workers().add(family);
        long manager = user("manager", "Taylor Manager", Role.TEAM_MANAGER, hash, false, north);
        long chair = user("chair", "Casey Chair", Role.CONFERENCE_CHAIR, hash, false, iro);
        long legalAdviser = user("legal", "Lee Legal", Role.LEGAL_ADVISER, hash, false, legal);
        long auditor = user("auditor", "Alex Auditor", Role.QA_AUDITOR, hash, false, qa);
        long leader = user("leader", "Jordan Leader", Role.SENIOR_LEADER, hash, false, leadership);
        long inspector = user("inspector", "Ira Inspector", Role.INSPECTOR, hash, false, leadership);
        jdbc.sql("UPDATE app_user SET access_expires_at = :until WHERE id = :id")
                .param("until", java.sql.Timestamp.from(Instant.now(clock).plus(java.time.Duration.ofDays(30))))
                .param("id", inspector).update();
        long admin = user("admin", "Ash Admin", Role.ADMIN, hash, false, leadership);

        // Line management, which decides who records whose supervision: the senior leader heads
        // the service; each team's manager reports to them and manages the team's workers. The
        // North team has two managers: the generated one is Taylor Manager's deputy and manages
        // the generated North workers, so Taylor (above them in the chain) may supervise those
        // workers too, but the deputy may not supervise Taylor. The inspector is external.
        lineManager(leader, dutyManager, manager, chair, legalAdviser, auditor, admin);
        lineManager(dutyManager, contact, duty);
        lineManager(manager, social, family);
        int n = 0;
        for (Team t : caseTeams) {
            long teamManager = user("manager." + (++n), pick(random, DemoNames.WOMEN) + " " + pick(random, DemoNames.FAMILY),
                    Role.TEAM_MANAGER, hash, false, t.id());
            lineManager(t.id() == north ? manager : leader, teamManager);
            if (t.id() == south) {
                lineManager(teamManager, social2);
            }
            for (int w = 0; w < size.workersPerTeam(); w++) {
                String name = pick(random, random.nextBoolean() ? DemoNames.WOMEN : DemoNames.MEN) + " " + pick(random, DemoNames.FAMILY);
                Role role = w % 5 == 4 ? Role.FAMILY_SUPPORT_WORKER : Role.SOCIAL_WORKER;
                long worker = user("worker." + (++n), name, role, hash, random.nextInt(6) == 0, t.id());
                lineManager(teamManager, worker);
                t.workers().add(worker);
            }
        }
        return caseTeams;
    }

    private void lineManager(long manager, long... reports) {
        for (long report : reports) {
            jdbc.sql("UPDATE app_user SET line_manager_id = :m WHERE id = :r").param("m", manager).param("r", report).update();
        }
    }

    private long team(String name, String area, String kind) {
        return jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, ?, ?) RETURNING id")
                .params(name, area, kind).query(Long.class).single();
    }

    private long user(String username, String name, Role role, String hash, boolean newlyQualified, long teamId) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, newly_qualified, agency, started_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?::date - (random() * 3000)::int) RETURNING id
                        """)
                .params(username, hash, name, role.name(), newlyQualified, username.hashCode() % 7 == 0, LocalDate.now(clock))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(teamId, id).update();
        return id;
    }

    // ------------------------------------------------------------------ families

    private List<DemoFrontDoor.Kid> family(Batch b, Size size, Random r, LocalDate today, List<Team> caseTeams) {
        String surname = pick(r, DemoNames.FAMILY);
        LocalDate firstKnown = today.minusDays(r.nextInt(size.years() * 365));
        String street = (1 + r.nextInt(180)) + " " + pick(r, DemoNames.STREETS);
        String town = pick(r, DemoNames.TOWNS);
        String postcode = pick(r, DemoNames.POSTCODE_AREAS) + " " + (1 + r.nextInt(9)) + "ABDEFGHJLNPQRSTUWXYZ".charAt(r.nextInt(20))
                + "ABDEFGHJLNPQRSTUWXYZ".charAt(r.nextInt(20));
        LocalDate movedIn = firstKnown.minusDays(r.nextInt(2000));

        long mother = b.person(false, pick(r, DemoNames.WOMEN), surname, today.minusYears(20 + r.nextInt(25)).minusDays(r.nextInt(365)),
                "2", r, street, town, postcode, movedIn, null);
        Long father = null;
        if (r.nextInt(10) < 6) {
            String fatherSurname = r.nextInt(4) == 0 ? pick(r, DemoNames.FAMILY) : surname;
            father = b.person(false, pick(r, DemoNames.MEN), fatherSurname, today.minusYears(22 + r.nextInt(28)).minusDays(r.nextInt(365)),
                    "1", r, street, town, postcode, movedIn, null);
            b.relationship(father, mother, "PARTNER", false);
        }
        List<Long> children = new ArrayList<>();
        List<DemoFrontDoor.Kid> kids = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int c = 0; c < count; c++) {
            boolean girl = r.nextBoolean();
            LocalDate dob = today.minusDays(r.nextInt(17 * 365));
            String formerSurname = r.nextInt(12) == 0 ? pick(r, DemoNames.FAMILY) : null;
            long child = b.person(true, pick(r, girl ? DemoNames.GIRLS : DemoNames.BOYS), surname, dob, girl ? "2" : "1", r,
                    street, town, postcode, dob.isAfter(movedIn) ? dob : movedIn, formerSurname);
            b.relationship(mother, child, "PARENT", true);
            if (father != null) {
                b.relationship(father, child, "PARENT", r.nextInt(4) != 0);
            }
            for (Long sibling : children) {
                b.relationship(sibling, child, r.nextInt(5) == 0 ? "HALF_SIBLING" : "SIBLING", false);
            }
            children.add(child);
            kids.add(new DemoFrontDoor.Kid(child, b.firstNameOf(child), dob));
        }
        if (r.nextInt(5) == 0) {
            long grandparent = b.person(false, pick(r, DemoNames.WOMEN), surname, today.minusYears(55 + r.nextInt(20)), "2", r,
                    (1 + r.nextInt(180)) + " " + pick(r, DemoNames.STREETS), town, postcode, movedIn, null);
            for (Long child : children) {
                b.relationship(grandparent, child, "GRANDPARENT", false);
            }
        }
        history(b, size, r, today, firstKnown, mother, father, children, kids, caseTeams);
        return kids;
    }

    private void history(Batch b, Size size, Random r, LocalDate today, LocalDate firstKnown, long mother, Long father,
                         List<Long> children, List<DemoFrontDoor.Kid> kids, List<Team> caseTeams) {
        List<Long> everyone = new ArrayList<>(children);
        everyone.add(mother);
        if (father != null) {
            everyone.add(father);
        }
        for (Long person : everyone) {
            b.event("PERSON_CREATED", null, at(firstKnown, r), "Data migration", "Record created", null, List.of(person));
        }
        int episodes = r.nextInt(4);
        List<LocalDate> episodeStarts = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            LocalDate start = firstKnown.plusDays(r.nextInt((int) Math.max(1, today.toEpochDay() - firstKnown.toEpochDay())));
            episodeStarts.add(start);
            int notes = 2 + r.nextInt(10);
            for (int n = 0; n < notes; n++) {
                LocalDate day = start.plusDays(r.nextInt(120));
                if (day.isAfter(today)) {
                    break;
                }
                note(b, r, day, children, mother);
            }
        }
        boolean open = r.nextDouble() < size.openCaseShare();
        DemoFrontDoor.OpenCase openCase = null;
        if (open) {
            Team team = caseTeams.get(r.nextInt(caseTeams.size()));
            Long worker = team.workers().isEmpty() ? null : team.workers().get(r.nextInt(team.workers().size()));
            LocalDate allocated = today.minusDays(r.nextInt(400));
            for (Long child : children) {
                b.allocation(child, team.id(), worker, allocated);
            }
            openCase = new DemoFrontDoor.OpenCase(allocated, team.id(), worker);
            b.event("ALLOCATED", null, at(allocated, r), "Team manager", "Allocated to " + team.name(), null, children);
            // Open cases are active: a visit or call every few weeks since allocation.
            for (LocalDate day = allocated.plusDays(3 + r.nextInt(10)); day.isBefore(today); day = day.plusDays(7 + r.nextInt(21))) {
                note(b, r, day, children, mother);
            }
        }
        b.frontDoor.family(kids, episodeStarts, openCase, b::event);
    }

    private static final String[][] NOTES = {
            {"VISIT", "Home visit", "Visited the family home. The children were seen; %s was seen alone in their bedroom and said things at home were \"a bit better\". The home conditions had improved since the last visit, with food in the cupboards. Discussed school attendance with mum."},
            {"VISIT", "Unannounced visit", "Unannounced visit after a concern from school. Mum answered after several minutes. %s was seen; no marks or injuries observed. Mum said she had been unwell. Agreed a follow-up visit next week."},
            {"PHONE_CALL", "Call with school", "Spoke to the designated safeguarding lead. %s's attendance is 84%% this term; arrived hungry twice this week. School will continue breakfast club."},
            {"PHONE_CALL", "Call with health visitor", "Health visitor reports the baby's weight is tracking; mum engaging with appointments. No new concerns."},
            {"DIRECT_WORK", "Three houses direct work", "Completed three houses work with %s. House of worries: shouting at night, dad's friends visiting. House of good things: nan, football, the dog. House of dreams: 'everyone being happy at tea time'."},
            {"MEETING", "Core group", "Core group held with school, health visitor and mum. Actions reviewed: parenting course started, GP appointment attended. Dad did not attend."},
            {"CORRESPONDENCE", "Letter from police", "Police notification of a domestic incident at the address on Saturday night. Children present but asleep upstairs. Referred to the MARAC."},
            {"MANAGEMENT_OVERSIGHT", "Management oversight", "Case discussed in supervision. I have read the chronology: there is a pattern of police call-outs every few months. Agree the plan to continue child in need support; review in 6 weeks. Worker to complete a chronology summary."}
    };

    private void note(Batch b, Random r, LocalDate day, List<Long> children, long mother) {
        String[] template = NOTES[r.nextInt(NOTES.length)];
        List<Long> subjects = r.nextInt(3) == 0 ? List.of(children.get(r.nextInt(children.size()))) : children;
        b.event("CASE_NOTE", template[0], at(day, r), "Case worker", template[1],
                template[2].formatted(b.firstNameOf(subjects.getFirst())), subjects);
    }

    private static Instant at(LocalDate day, Random r) {
        return day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(LONDON).toInstant();
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private long nextId(String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM " + table).query(Long.class).single();
    }

    // ------------------------------------------------------------------ COPY batches

    /** Rows waiting to be copied in, table by table, in foreign-key order. */
    private final class Batch {
        private long nextPerson;
        private long nextEvent;
        private final StringBuilder person = new StringBuilder();
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder address = new StringBuilder();
        private final StringBuilder relationship = new StringBuilder();
        private final StringBuilder allocation = new StringBuilder();
        private final StringBuilder event = new StringBuilder();
        private final StringBuilder subject = new StringBuilder();
        private final java.util.Map<Long, String> firstNames = new java.util.HashMap<>();
        private final java.util.Set<String> nhsNumbers = new java.util.HashSet<>();
        private final DemoFrontDoor frontDoor;

        Batch(long nextPerson, long nextEvent, DemoFrontDoor frontDoor) {
            this.nextPerson = nextPerson;
            this.nextEvent = nextEvent;
            this.frontDoor = frontDoor;
        }

        String firstNameOf(long id) {
            return firstNames.getOrDefault(id, "the child");
        }

        long person(boolean child, String given, String family, LocalDate dob, String gender, Random r, String street,
                    String town, String postcode, LocalDate movedIn, String formerFamily) {
            long id = nextPerson++;
            firstNames.put(id, given);
            String nhs = null;
            if (r.nextInt(10) < 7) {
                // NHS numbers are unique: at a large council's size random ones would collide now and then.
                while (nhs == null || !nhsNumbers.add(nhs)) {
                    nhs = NhsNumber.withCheckDigit(String.format("%09d", 400_000_000 + (long) r.nextInt(599_999_999)));
                }
            }
            String upn = null;
            if (child && dob.isBefore(LocalDate.now(clock).minusYears(4)) && r.nextInt(10) < 8) {
                String tail = String.format("%03d%04d%02d%03d", 340, 2000 + r.nextInt(999), dob.getYear() % 100 + 4, r.nextInt(1000));
                upn = UniquePupilNumber.checkLetter(tail) + tail;
            }
            String ethnicity = r.nextInt(10) < 8 ? "WBRI" : List.of("MWBC", "APKN", "BAFR", "WOTH", "AOTH", "MOTH", "NOBT").get(r.nextInt(7));
            row(person, id, child, given, family, dob, gender, ethnicity, nhs, upn, r.nextInt(10) < 9 ? "English" : "Polish",
                    Instant.now(clock).toString());
            row(name, id, "CURRENT", given, family, Names.normalise(given), Names.normalise(family));
            if (formerFamily != null) {
                row(name, id, "FORMER", given, formerFamily, Names.normalise(given), Names.normalise(formerFamily));
            }
            row(address, id, street, town, postcode, movedIn);
            return id;
        }

        void relationship(long personId, long relatedId, String type, boolean pr) {
            row(relationship, personId, relatedId, type, pr);
        }

        void allocation(long personId, long teamId, Long workerId, LocalDate start) {
            row(allocation, personId, teamId, workerId, start);
        }

        void event(String type, String noteType, Instant at, String by, String summary, String detail, List<Long> subjects) {
            long id = nextEvent++;
            row(event, id, type, noteType, at, at, by, summary, detail);
            for (Long s : subjects) {
                row(subject, id, s, at);
            }
        }

        void flush() {
            // The transaction's own connection when there is one, so rows see the teams and users inserted before.
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                copy(copy, "person (id, is_child, given_name, family_name, date_of_birth, gender, ethnicity, nhs_number, upn, first_language, created_at)", person);
                copy(copy, "person_name (person_id, kind, given_name, family_name, given_norm, family_norm)", name);
                copy(copy, "address (person_id, line1, town, postcode, start_date)", address);
                copy(copy, "relationship (person_id, related_person_id, type, parental_responsibility)", relationship);
                copy(copy, "allocation (person_id, team_id, worker_id, start_date)", allocation);
                copy(copy, "event (id, type, note_type, occurred_at, recorded_at, recorded_by, summary, detail)", event);
                copy(copy, "event_subject (event_id, person_id, occurred_at)", subject);
                frontDoor.flush(copy);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not load generated data", e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
            firstNames.clear();
        }

        private void copy(CopyManager copy, String table, StringBuilder rows) throws SQLException, IOException {
            Csv.copy(copy, table, rows);
        }

        private void row(StringBuilder sb, Object... values) {
            Csv.row(sb, values);
        }
    }
}
