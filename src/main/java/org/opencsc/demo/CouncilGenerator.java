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
    /** The partner agency auditor's account lasts this many days after the day the council is generated. */
    static final int PARTNER_DAYS = 30;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int FLUSH_EVERY = 2_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final WorkingDayCalendar calendar;
    private final JsonMapper json;
    private final Clock clock;
    private final org.opencsc.platform.pdf.HtmlToPdf pdf;
    private final org.opencsc.plainenglish.PlainEnglish plainEnglish;
    /** When the council being generated is generated: nothing in it happens later. */
    private volatile Instant generating;

    CouncilGenerator(JdbcClient jdbc, DataSource dataSource, PasswordEncoder passwords, WorkingDayCalendar calendar,
                     JsonMapper json, Clock clock, org.opencsc.platform.pdf.HtmlToPdf pdf,
                     org.opencsc.plainenglish.PlainEnglish plainEnglish) {
        this.json = json;
        this.plainEnglish = plainEnglish;
        this.pdf = pdf;
        // The application's clock, not the machine's: a council seeded under a test clock is dated by it.
        this.clock = clock.withZone(LONDON);
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.calendar = calendar;
    }

    public void generate(Size size) {
        long started = System.nanoTime();
        generating = Instant.now(clock);
        Random random = new Random(size.seed());
        String hash = passwords.encode("demo");
        DemoStaff staff = new DemoStaff();
        List<Team> caseTeams = teamsAndStaff(size, random, hash, staff);
        Team assessment = caseTeams.stream().filter(t -> t.kind().equals("ASSESSMENT")).findFirst().orElseThrow();
        // The front door draws its own random numbers, so the people and notes are as they were without it.
        DemoFrontDoor frontDoor = new DemoFrontDoor(calendar, size.seed() * 31 + 1, LONDON, Instant.now(clock), assessment.id(),
                assessment.workers(), nextId("contact"), nextId("referral"));
        Batch batch = new Batch(nextId("person"), nextId("event"), frontDoor);
        LocalDate today = LocalDate.now(clock);
        List<List<DemoFrontDoor.Kid>> families = new ArrayList<>();
        Households households = new Households(size, random, today, caseTeams, assessment, staff);
        for (int f = 0; f < size.families(); f++) {
            families.add(family(batch, households));
            if ((f + 1) % FLUSH_EVERY == 0) {
                batch.flush();
                log.info("Generated {} of {} families", f + 1, size.families());
            }
        }
        frontDoor.dutyQueue(size.dutyQueue(), families, batch::event);
        // Some referrals decided in the last few days wait for a manager to allocate them.
        frontDoor.awaitingAllocation(Math.max(3, size.dutyQueue() / 8), families, batch::event);
        batch.flush();
        for (String table : List.of("person", "event", "person_name", "address", "relationship", "allocation", "team", "app_user",
                "contact", "referral")) {
            jdbc.sql("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 1) FROM " + table + "))")
                    .query(Long.class).single();
        }
        String journeys = new DemoJourneys(jdbc, dataSource, calendar, json, size.seed() * 17 + 3, generating, LONDON).generate();
        String histories = new DemoLongHistories(jdbc, dataSource, calendar, json, size.seed() * 13 + 5, generating, LONDON)
                .generate(size.longHistories());
        // After the journeys and long histories: pre-proceedings are for children already on a child protection plan.
        String preProceedings = new DemoPreProceedings(jdbc, dataSource, pdf, calendar, plainEnglish, json, size.seed() * 29 + 17, generating, LONDON).generate();
        String workforce = new DemoWorkforce(jdbc, size.seed() * 19 + 11, today).generate(staff, hash, caseTeams);
        String supervision = new DemoSupervision(jdbc, dataSource, size.seed() * 11 + 7, generating, LONDON).generate();
        String workforceCensus = new DemoWorkforceCensus(jdbc, size.seed() * 23 + 13, LocalDate.now(clock)).generate();
        // Last: audits are of children whose cases and chronologies are already written.
        String quality = new DemoQuality(jdbc, size.seed() * 37 + 19, generating, LONDON)
                .generate(Math.max(3, size.families() / 1_500));
        jdbc.sql("ANALYZE").update();
        log.info("Generated {} families ({}; {}; {}; {}; {}; {}; {}; {}) in {} ms", size.families(), frontDoor.summary(), journeys, histories,
                preProceedings, workforce, supervision, workforceCensus, quality, (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------ teams and staff

    private List<Team> teamsAndStaff(Size size, Random random, String hash, DemoStaff staff) {
        Users users = new Users(size, random, hash, staff);
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
        long contact = users.add("contact", "Chris Contact", Role.CONTACT_OFFICER, false, frontDoor);
        long duty = users.add("duty", "Dana Duty", Role.DUTY_SOCIAL_WORKER, false, frontDoor);
        long dutyManager = users.add("dutymanager", "Morgan Mash", Role.DUTY_MANAGER, false, frontDoor);
        long social = users.add("social", "Sam Social", Role.SOCIAL_WORKER, false, north);
        caseTeams.getFirst().workers().add(social);
        long social2 = users.add("social2", "Sasha South", Role.SOCIAL_WORKER, true, south);
        caseTeams.get(size.teamsPerLocality()).workers().add(social2);
        long family = users.add("family", "Frankie Support", Role.FAMILY_SUPPORT_WORKER, false, north);
        caseTeams.getFirst().workers().add(family);
        long manager = users.add("manager", "Taylor Manager", Role.TEAM_MANAGER, false, north);
        long chair = users.add("chair", "Casey Chair", Role.CONFERENCE_CHAIR, false, iro);
        long legalAdviser = users.add("legal", "Lee Legal", Role.LEGAL_ADVISER, false, legal);
        long auditor = users.add("auditor", "Alex Auditor", Role.QA_AUDITOR, false, qa);
        long leader = users.add("leader", "Jordan Leader", Role.SENIOR_LEADER, false, leadership);
        long dataOfficer = users.add("dataofficer", "Devon Data", Role.DATA_OFFICER, false, qa);
        long inspector = users.add("inspector", "Ira Inspector", Role.INSPECTOR, false, leadership);
        jdbc.sql("UPDATE app_user SET access_expires_at = :until WHERE id = :id")
                .param("until", java.sql.Timestamp.from(Instant.now(clock).plus(java.time.Duration.ofDays(30))))
                .param("id", inspector).update();
        long admin = users.add("admin", "Ash Admin", Role.ADMIN, false, leadership);

        // Line management, which decides who records whose supervision: the senior leader heads
        // the service; each team's manager reports to them and manages the team's workers. The
        // North team has two managers: the generated one is Taylor Manager's deputy and manages
        // the generated North workers, so Taylor (above them in the chain) may supervise those
        // workers too, but the deputy may not supervise Taylor. The inspector is external.
        lineManager(staff, leader, dutyManager, manager, chair, legalAdviser, auditor, dataOfficer, admin);
        lineManager(staff, dutyManager, contact, duty);
        lineManager(staff, manager, social, family);
        int n = 0;
        for (Team t : caseTeams) {
            // The first South team's manager is a demo login, so South's escalations and sign-offs can be answered.
            long teamManager = t.id() == south ? users.add("manager2", "Riley Manager", Role.TEAM_MANAGER, false, t.id())
                    : users.add("manager." + (++n), users.unusedName(DemoNames.WOMEN), Role.TEAM_MANAGER, false, t.id());
            if (t.id() == south) {
                ++n;
            }
            lineManager(staff, t.id() == north ? manager : leader, teamManager);
            if (t.id() == south) {
                lineManager(staff, teamManager, social2);
            }
            for (int w = 0; w < size.workersPerTeam(); w++) {
                String name = users.unusedName(random.nextBoolean() ? DemoNames.WOMEN : DemoNames.MEN);
                Role role = w % 5 == 4 ? Role.FAMILY_SUPPORT_WORKER : Role.SOCIAL_WORKER;
                long worker = users.add("worker." + (++n), name, role, random.nextInt(6) == 0, t.id());
                lineManager(staff, teamManager, worker);
                t.workers().add(worker);
            }
        }
        // Quality assurance's second auditor (moderation is never by the first) and a partner agency's auditor,
        // drawing their own random numbers so everyone above is as before they were added.
        Users later = new Users(size, new Random(size.seed() * 41 + 23), hash, staff);
        long auditor2 = later.add("auditor2", "Robin Reviewer", Role.QA_AUDITOR, false, qa);
        lineManager(staff, leader, auditor2);
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, access_expires_at, started_on)
                        VALUES ('partner', :hash, 'Pat Partner', 'PARTNER_AUDITOR', :until, :started)
                        """)
                .param("hash", hash).param("started", LocalDate.now(clock).minusDays(7)).param("until", java.sql.Timestamp.from(
                        LocalDate.now(clock).plusDays(PARTNER_DAYS + 1).atStartOfDay(LONDON).toInstant())).update();
        return caseTeams;
    }

    private void lineManager(DemoStaff staff, long manager, long... reports) {
        for (long report : reports) {
            jdbc.sql("UPDATE app_user SET line_manager_id = :m WHERE id = :r").param("m", manager).param("r", report).update();
            staff.lineManager(manager, report);
        }
    }

    private long team(String name, String area, String kind) {
        return jdbc.sql("INSERT INTO team (name, service_area, kind) VALUES (?, ?, ?) RETURNING id")
                .params(name, area, kind).query(Long.class).single();
    }

    /** Staff accounts: each starts before anything they are said to have written (see {@link #history}). */
    private final class Users {
        private final Size size;
        private final Random random;
        private final String hash;
        private final DemoStaff staff;

        Users(Size size, Random random, String hash, DemoStaff staff) {
            this.size = size;
            this.random = random;
            this.hash = hash;
            this.staff = staff;
        }

        String unusedName(List<String> given) {
            String name;
            do {
                name = pick(random, given) + " " + pick(random, DemoNames.FAMILY);
            } while (!staff.free(name));
            return name;
        }

        /**
         * A newly qualified worker started in the last year; everyone else before the generated
         * history begins, so no entry is dated before its author joined.
         */
        long add(String username, String name, Role role, boolean newlyQualified, long teamId) {
            LocalDate today = LocalDate.now(clock);
            LocalDate started = newlyQualified ? today.minusDays(30 + random.nextInt(300))
                    : today.minusDays(size.years() * 365L + 60 + random.nextInt(2000));
            long id = jdbc.sql("""
                            INSERT INTO app_user (username, password_hash, display_name, role, newly_qualified, employment_type, started_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                            """)
                    .params(username, hash, name, role.name(), newlyQualified, username.hashCode() % 7 == 0 ? "AGENCY" : "PERMANENT", started)
                    .query(Long.class).single();
            jdbc.sql("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)").params(teamId, id).update();
            staff.add(id, name, started);
            return id;
        }
    }

    // ------------------------------------------------------------------ families

    /** What every family is drawn from: the council's size, its teams and staff, and the one random sequence. */
    private static final class Households {
        final Size size;
        final Random r;
        final LocalDate today;
        final List<Team> caseTeams;
        final Team assessment;
        final DemoStaff staff;
        /** Open cases still to be made long-running, for the children with years of work behind them. */
        int longRunning;

        Households(Size size, Random r, LocalDate today, List<Team> caseTeams, Team assessment, DemoStaff staff) {
            this.size = size;
            this.r = r;
            this.today = today;
            this.caseTeams = caseTeams;
            this.assessment = assessment;
            this.staff = staff;
            this.longRunning = size.longHistories();
        }
    }

    private List<DemoFrontDoor.Kid> family(Batch b, Households h) {
        Random r = h.r;
        LocalDate today = h.today;
        String surname = pick(r, DemoNames.FAMILY);
        LocalDate firstKnown = today.minusDays(r.nextInt(h.size.years() * 365));
        String street = (1 + r.nextInt(180)) + " " + pick(r, DemoNames.STREETS);
        String town = pick(r, DemoNames.TOWNS);
        String postcode = pick(r, DemoNames.POSTCODE_AREAS) + " " + (1 + r.nextInt(9)) + "ABDEFGHJLNPQRSTUWXYZ".charAt(r.nextInt(20))
                + "ABDEFGHJLNPQRSTUWXYZ".charAt(r.nextInt(20));
        LocalDate movedIn = firstKnown.minusDays(r.nextInt(2000));

        LocalDate motherBorn = today.minusYears(20 + r.nextInt(25)).minusDays(r.nextInt(365));
        long mother = b.person(false, pick(r, DemoNames.WOMEN), surname, motherBorn,
                "2", r, street, town, postcode, movedIn, null);
        Long father = null;
        if (r.nextInt(10) < 6) {
            String fatherSurname = r.nextInt(4) == 0 ? pick(r, DemoNames.FAMILY) : surname;
            // The same age as the mother or up to 8 years older, so no parent is a child at their children's births.
            father = b.person(false, pick(r, DemoNames.MEN), fatherSurname, motherBorn.minusYears(r.nextInt(9)).minusDays(r.nextInt(365)),
                    "1", r, street, town, postcode, movedIn, null);
            b.relationship(father, mother, "PARTNER", false);
        }
        List<Long> children = new ArrayList<>();
        List<DemoFrontDoor.Kid> kids = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int c = 0; c < count; c++) {
            boolean girl = r.nextBoolean();
            // Born under 17 years ago and when the mother was at least 16 (she is 20 or older now).
            LocalDate earliest = motherBorn.plusYears(16).isAfter(today.minusDays(17 * 365)) ? motherBorn.plusYears(16) : today.minusDays(17 * 365);
            LocalDate dob = today.minusDays(r.nextInt((int) (today.toEpochDay() - earliest.toEpochDay())));
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
        history(b, h, firstKnown, mother, father, kids);
        return kids;
    }

    /** Episodes of past work, and for some families the open case: every entry by a named worker, about children born by then. */
    private void history(Batch b, Households h, LocalDate firstKnown, long mother, Long father, List<DemoFrontDoor.Kid> kids) {
        Random r = h.r;
        LocalDate today = h.today;
        DemoFrontDoor.OpenCase openCase = openCase(h, kids);
        LocalDate createdOn = openCase != null && openCase.referred().isBefore(firstKnown) ? openCase.referred() : firstKnown;
        for (DemoFrontDoor.Kid kid : kids) {
            LocalDate on = kid.dob().isAfter(createdOn) ? kid.dob() : createdOn;
            b.event("PERSON_CREATED", null, at(on, r), DemoFrontDoor.CONTACT_OFFICER, "Record created", null, List.of(kid.id()));
        }
        for (Long adult : father == null ? List.of(mother) : List.of(mother, father)) {
            b.event("PERSON_CREATED", null, at(createdOn, r), DemoFrontDoor.CONTACT_OFFICER, "Record created", null, List.of(adult));
        }
        int episodes = r.nextInt(4);
        List<LocalDate> episodeStarts = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            LocalDate start = firstKnown.plusDays(r.nextInt((int) Math.max(1, today.toEpochDay() - firstKnown.toEpochDay())));
            episodeStarts.add(start);
            // The assessment team's worker on the episode (one who had started by then), or the allocated worker once the case is open.
            List<Long> started = h.assessment.workers().stream().filter(w -> h.staff.startedOn(w).isBefore(start)).toList();
            String worker = started.isEmpty() ? DemoFrontDoor.DUTY_WORKER : h.staff.name(started.get(r.nextInt(started.size())));
            int notes = 2 + r.nextInt(10);
            for (int n = 0; n < notes; n++) {
                LocalDate day = start.plusDays(r.nextInt(120));
                if (day.isAfter(today)) {
                    break;
                }
                boolean onTheOpenCase = openCase != null && !day.isBefore(openCase.allocated());
                note(b, r, day, kids, onTheOpenCase ? h.staff.name(openCase.workerId()) : worker);
            }
        }
        if (openCase != null) {
            Team team = h.caseTeams.stream().filter(t -> t.id() == openCase.teamId()).findFirst().orElseThrow();
            List<DemoFrontDoor.Kid> referred = bornBy(kids, openCase.referred());
            for (DemoFrontDoor.Kid kid : referred) {
                b.allocation(kid.id(), team.id(), openCase.workerId(), openCase.allocated());
            }
            List<Long> ids = referred.stream().map(DemoFrontDoor.Kid::id).toList();
            b.event("ALLOCATED", null, at(openCase.allocated(), r), openCase.allocatedBy(), "Allocated to " + team.name()
                    + ": " + h.staff.name(openCase.workerId()), null, ids);
            // Open cases are active: a visit or call every few weeks since allocation, and the manager's oversight now and then.
            String worker = h.staff.name(openCase.workerId());
            for (LocalDate day = openCase.allocated().plusDays(3 + r.nextInt(10)); day.isBefore(today); day = day.plusDays(7 + r.nextInt(21))) {
                note(b, r, day, referred, worker);
            }
            for (LocalDate day = openCase.allocated().plusDays(20 + r.nextInt(20)); day.isBefore(today); day = day.plusDays(40 + r.nextInt(40))) {
                b.event("CASE_NOTE", "MANAGEMENT_OVERSIGHT", at(day, r), openCase.allocatedBy(), "Management oversight",
                        OVERSIGHT.formatted(worker), ids);
            }
        }
        b.frontDoor.family(kids, episodeStarts, openCase, b::event);
    }

    private static final String OVERSIGHT = "Case discussed with %s. I have read the chronology: there is a pattern of police "
            + "call-outs every few months. Agree the current plan; review in 6 weeks. Worker to complete a chronology summary.";

    /**
     * The family's open case, for about a third of families (a share of the council's): the team
     * and worker, the referral a few days before allocation, and the manager who allocated it.
     * Allocation ages are spread so that some children wait at each step of the journey
     * ({@link DemoJourneys}); a few cases are long-running, for {@link DemoLongHistories}.
     */
    private DemoFrontDoor.OpenCase openCase(Households h, List<DemoFrontDoor.Kid> kids) {
        Random r = h.r;
        if (r.nextDouble() >= h.size.openCaseShare()) {
            return null;
        }
        Team team = h.caseTeams.get(r.nextInt(h.caseTeams.size()));
        long worker = team.workers().get(r.nextInt(team.workers().size()));
        LocalDate oldestBorn = kids.stream().map(DemoFrontDoor.Kid::dob).min(java.util.Comparator.naturalOrder()).orElseThrow();
        boolean experienced = h.staff.startedOn(worker).isBefore(h.today.minusYears(DemoLongHistories.YEARS + 1));
        int days;
        long oldEnough = kids.stream().filter(k -> DemoLongHistories.oldEnough(k.dob(), h.today)).count();
        if (h.longRunning > 0 && experienced && oldEnough > 0) {
            h.longRunning -= (int) oldEnough;
            // Referred long enough before the history starts for the assessment to be authorised by then.
            days = DemoLongHistories.YEARS * 365 + 100 + r.nextInt(60);
        } else {
            int n = r.nextInt(100);
            days = n < 15 ? r.nextInt(8) : n < 45 ? 8 + r.nextInt(38) : 46 + r.nextInt(355);
        }
        // A newly qualified worker holds only cases allocated since they started.
        long sinceStart = h.today.toEpochDay() - h.staff.startedOn(worker).toEpochDay() - 7;
        days = (int) Math.max(0, Math.min(days, sinceStart));
        LocalDate allocated = h.today.minusDays(days);
        LocalDate referred = allocated.minusDays(1 + r.nextInt(5));
        if (!oldestBorn.isBefore(referred)) {
            return null; // no child born by then
        }
        return new DemoFrontDoor.OpenCase(referred, allocated, team.id(), worker, h.staff.name(worker), h.staff.managerOf(worker));
    }

    private static List<DemoFrontDoor.Kid> bornBy(List<DemoFrontDoor.Kid> kids, LocalDate day) {
        return kids.stream().filter(k -> k.dob().isBefore(day)).toList();
    }

    /**
     * A case note's words, and the ages it fits: a child's own words and direct work only from
     * {@link #SPEAKS_FROM}, school only from {@link #SCHOOL_FROM}, the health visitor's weighing only
     * under five. Core groups and management oversight are not among them: the first happen
     * only on a child protection plan ({@link DemoJourneys}), the second are written by managers.
     */
    private record NoteTemplate(String type, String summary, String text, int minAge, int maxAge, boolean oneChild) {
    }

    /** The age from which generated words are the child's own, or direct work is done with them. */
    static final int SPEAKS_FROM = 4;
    /** The age from which generated words speak of the child's school. */
    static final int SCHOOL_FROM = 5;

    private static final List<NoteTemplate> NOTES = List.of(
            new NoteTemplate("VISIT", "Home visit", "Visited the family home. %s was seen alone in their bedroom and said things at home "
                    + "were \"a bit better\". The home conditions had improved since the last visit, with food in the cupboards.",
                    SPEAKS_FROM, 17, true),
            new NoteTemplate("VISIT", "Home visit", "Visited the family home. %s was seen with mum and appeared well cared for. The home "
                    + "was warm and there was food in the cupboards.", 0, 17, false),
            new NoteTemplate("VISIT", "Unannounced visit", "Unannounced visit after a concern from a neighbour. Mum answered after several "
                    + "minutes. %s was seen; no marks or injuries observed. Mum told us she had been unwell. Agreed a follow-up visit next week.",
                    0, 17, false),
            new NoteTemplate("PHONE_CALL", "Call with school", "Spoke to the designated safeguarding lead. %s's attendance is 84%% this "
                    + "term; arrived hungry twice this week. School will continue breakfast club.", SCHOOL_FROM, 17, true),
            new NoteTemplate("PHONE_CALL", "Call with health visitor", "Health visitor reports %s's weight is tracking; mum engaging with "
                    + "appointments. No new concerns.", 0, SCHOOL_FROM - 1, true),
            new NoteTemplate("DIRECT_WORK", "Three houses direct work", "Completed three houses work with %s. House of worries: shouting "
                    + "at night, dad's friends visiting. House of good things: nan, football, the dog. House of dreams: 'everyone being "
                    + "happy at tea time'.", SPEAKS_FROM, 17, true),
            new NoteTemplate("CORRESPONDENCE", "Letter from police", "Police notification of a domestic incident at the address on "
                    + "Saturday night. Children present but asleep upstairs. Referred to the MARAC.", 0, 17, false),
            new NoteTemplate("PHONE_CALL", "Call with GP", "The GP confirmed %s is registered and up to date with checks; mum has been "
                    + "referred for support with her low mood.", 0, 17, false));

    /** A note by the named worker about the children it fits on the day; none when no child born by then fits any. */
    private void note(Batch b, Random r, LocalDate day, List<DemoFrontDoor.Kid> kids, String by) {
        NoteTemplate template = NOTES.get(r.nextInt(NOTES.size()));
        List<DemoFrontDoor.Kid> fit = fits(kids, day, template);
        if (fit.isEmpty()) {
            template = NOTES.get(1); // the home visit any child fits
            fit = fits(kids, day, template);
            if (fit.isEmpty()) {
                return;
            }
        }
        List<DemoFrontDoor.Kid> subjects = template.oneChild() || r.nextInt(3) == 0 ? List.of(fit.get(r.nextInt(fit.size()))) : fit;
        b.event("CASE_NOTE", template.type(), at(day, r), by, template.summary(), template.text().formatted(subjects.getFirst().given()),
                subjects.stream().map(DemoFrontDoor.Kid::id).toList());
    }

    private static List<DemoFrontDoor.Kid> fits(List<DemoFrontDoor.Kid> kids, LocalDate day, NoteTemplate template) {
        return kids.stream().filter(k -> !k.dob().plusYears(template.minAge()).isAfter(day)
                && k.dob().plusYears(template.maxAge() + 1).isAfter(day)).toList();
    }

    /** A time in the working day; today's are never later than now. */
    private Instant at(LocalDate day, Random r) {
        Instant at = day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(LONDON).toInstant();
        return at.isAfter(generating) ? generating.minusSeconds(60 + r.nextInt(3_600)) : at;
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
        private final StringBuilder disability = new StringBuilder();
        /** The DfE's disability codes other than NONE (CIN census, Disability table). */
        private static final List<String> DISABILITY_CODES = List.of("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR",
                "VIS", "BEH", "CON", "AUT", "DDA");
        private final StringBuilder allocation = new StringBuilder();
        private final StringBuilder event = new StringBuilder();
        private final StringBuilder subject = new StringBuilder();
        private final java.util.Map<Long, String> firstNames = new java.util.HashMap<>();
        private final java.util.Set<String> nhsNumbers = new java.util.HashSet<>();
        private final java.util.Set<String> upns = new java.util.HashSet<>();
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
                // A UPN is the pupil's alone (the DfE's 1520): at a large council's size random ones collide.
                while (upn == null || !upns.add(upn)) {
                    String tail = String.format("%03d%04d%02d%03d", 340, 2000 + r.nextInt(999), dob.getYear() % 100 + 4,
                            r.nextInt(1000));
                    upn = UniquePupilNumber.checkLetter(tail) + tail;
                }
            }
            String ethnicity = r.nextInt(10) < 8 ? "WBRI" : List.of("MWBC", "APKN", "BAFR", "WOTH", "AOTH", "MOTH", "NOBT").get(r.nextInt(7));
            row(person, id, child, given, family, dob, gender, ethnicity, nhs, upn, r.nextInt(10) < 9 ? "English" : "Polish",
                    Instant.now(clock).toString());
            row(name, id, "CURRENT", given, family, Names.normalise(given), Names.normalise(family));
            if (formerFamily != null) {
                row(name, id, "FORMER", given, formerFamily, Names.normalise(given), Names.normalise(formerFamily));
            }
            row(address, id, street, town, postcode, movedIn);
            if (child) {
                for (String code : disabilities(id)) {
                    row(disability, id, code);
                }
            }
            return id;
        }

        /**
         * A child's disabilities as a worker records them on the census details page: NONE for
         * most, a few with one or two DfE codes (about one child in ten, as in the published
         * figures). Drawn from the person id, not the shared Random, so that adding them did not
         * move every other generated value.
         */
        static List<String> disabilities(long personId) {
            Random own = new Random(personId * 0x9E3779B97F4A7C15L);
            if (own.nextInt(100) >= 11) {
                return List.of("NONE");
            }
            String first = DISABILITY_CODES.get(own.nextInt(DISABILITY_CODES.size()));
            String second = DISABILITY_CODES.get(own.nextInt(DISABILITY_CODES.size()));
            return own.nextInt(4) == 0 && !first.equals(second) ? List.of(first, second) : List.of(first);
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
                copy(copy, "person_disability (person_id, code)", disability);
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
