package org.opencsc.returns.census.load;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.ChildProtectionPlan;
import org.opencsc.returns.census.CinPlanDates;
import org.opencsc.returns.census.Section47;
import org.opencsc.returns.census.rules.CensusSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Census files for import tests: unique LAchildIDs, UPNs and file hashes, birth dates no one else has. */
final class ImportSamples {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Every table an import writes, to count before and after. */
    static final List<String> TABLES = List.of("census_import", "census_import_match", "person", "person_name",
            "person_disability", "referral", "single_assessment", "strategy_discussion", "s47_enquiry", "cp_conference",
            "cp_plan", "child_plan", "event", "event_subject");

    private ImportSamples() {
    }

    static String laChildId() {
        return "T" + HexFormat.of().formatHex(bytes(8)).toUpperCase();
    }

    static String upn() {
        StringBuilder s = new StringBuilder("Z");
        for (int i = 0; i < 12; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    static String sha() {
        return HexFormat.of().formatHex(bytes(32));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** A date between 2010 and 2024 on which no one in the database was born (so no duplicate check can match). */
    static LocalDate freeBirthDate(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT d::date FROM generate_series(DATE '2010-01-01', DATE '2024-12-31', interval '1 day') d
                        WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.date_of_birth = d::date)
                        ORDER BY random() LIMIT 1
                        """).query(LocalDate.class).single();
    }

    static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    /** A valid child with nothing but one open episode (CensusSamples' default), born on {@code born}. */
    static CensusSamples.ChildBuilder child(LocalDate born) {
        CensusSamples.ChildBuilder c = CensusSamples.child();
        c.laChildId = laChildId();
        c.upn = upn();
        c.personBirthDate = born;
        c.personId = null;
        return c;
    }

    /**
     * A child with every kind of record: a closed earlier episode (a plan transferred in with no
     * enquiry, then ended), and an open one with two assessments, an enquiry that needed no
     * conference, one whose conference started a plan with reviews and a change of category, and a
     * child in need plan that ended when the protection plan began.
     */
    static CensusSamples.ChildBuilder richChild(LocalDate born) {
        CensusSamples.ChildBuilder c = child(born);
        c.formerUpn = upn();
        c.sex = "M";
        c.ethnicity = "MWBA";
        c.disabilities = new java.util.ArrayList<>(List.of("MOB", "COMM"));
        CensusSamples.CinDetailsBuilder earlier = CensusSamples.episode();
        earlier.cinReferralDate = LocalDate.of(2024, 1, 8);
        earlier.referralSource = "5A";
        earlier.primaryNeedCode = "N2";
        earlier.cinClosureDate = LocalDate.of(2025, 5, 20);
        earlier.reasonForClosure = "RC2";
        earlier.assessments = new java.util.ArrayList<>(List.of(new Assessment(LocalDate.of(2024, 1, 9),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 20), List.of("3A", "4A"), null)));
        earlier.cinPlanDates = new java.util.ArrayList<>();
        earlier.childProtectionPlans = new java.util.ArrayList<>(List.of(new ChildProtectionPlan(LocalDate.of(2024, 3, 4),
                LocalDate.of(2025, 5, 19), "PHY", "EMO", 1, List.of(), null)));
        CensusSamples.CinDetailsBuilder current = CensusSamples.episode();
        current.cinReferralDate = LocalDate.of(2025, 7, 1);
        current.referralSource = "1B";
        current.primaryNeedCode = "N1";
        current.dateOfInitialCpc = LocalDate.of(2025, 8, 20);
        current.assessments = new java.util.ArrayList<>(List.of(
                new Assessment(LocalDate.of(2025, 7, 2), null, LocalDate.of(2025, 8, 1), List.of("2C", "21"), null),
                new Assessment(LocalDate.of(2026, 2, 2), null, null, List.of(), null)));
        current.cinPlanDates = new java.util.ArrayList<>(List.of(new CinPlanDates(LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 8, 20), null)));
        current.section47s = new java.util.ArrayList<>(List.of(
                new Section47(LocalDate.of(2025, 7, 3), LocalDate.of(2025, 7, 24), null, true, null),
                new Section47(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 22), LocalDate.of(2025, 8, 20), false, null)));
        current.childProtectionPlans = new java.util.ArrayList<>(List.of(new ChildProtectionPlan(LocalDate.of(2025, 8, 20),
                null, "NEG", "MUL", 1, List.of(LocalDate.of(2025, 11, 19), LocalDate.of(2026, 3, 10)), null)));
        current.referralNfa = false;
        c.episodes = new java.util.ArrayList<>(List.of(earlier, current));
        return c;
    }

    static CensusMessage message(CensusChild... children) {
        return new CensusMessage(CensusSamples.header().build(), List.of(children));
    }
}
