package org.opencsc.returns.census.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonMatch;
import org.opencsc.person.PersonSearch;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.ChildIdentifiers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds each child of a file among the people OpenCSC holds: by LAchildID (a person's is
 * {@code coalesce(la_child_id, id::text)}), then by UPN, then by the person search's duplicate
 * check (the one the new-person page warns with). An identifier match is taken as certain only
 * when the record agrees with the file on what both say (date of birth, sex, UPN): a numeric
 * LAchildID from another system may be an OpenCSC person id of someone else entirely, and such a
 * clash is for a person to decide, never merged silently. Matching runs on the records as they
 * were before the import, in a few queries for the whole file.
 */
@Component
class ChildMatcher {

    private final JdbcClient jdbc;
    private final PersonSearch search;

    ChildMatcher(JdbcClient jdbc, PersonSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    private record Held(long id, String laChildId, boolean child, LocalDate dob, LocalDate expectedDob, String upn,
                        String gender) {
    }

    List<ChildMatch> match(List<CensusChild> children) {
        Map<String, Held> byLaChildId = new HashMap<>();
        heldByLaChildId(children).forEach(h -> byLaChildId.put(h.laChildId(), h));
        Map<String, List<Held>> byUpn = new HashMap<>();
        heldByUpn(children).forEach(h -> byUpn.computeIfAbsent(h.upn(), k -> new ArrayList<>()).add(h));
        Set<LocalDate> heldBirthDates = heldBirthDates(children);
        List<ChildMatch> matches = new ArrayList<>(children.size());
        for (CensusChild c : children) {
            matches.add(match(c, byLaChildId, byUpn, heldBirthDates));
        }
        return matches;
    }

    private ChildMatch match(CensusChild c, Map<String, Held> byLaChildId, Map<String, List<Held>> byUpn,
                             Set<LocalDate> heldBirthDates) {
        ChildIdentifiers ids = c.identifiers();
        Held byId = byLaChildId.get(ids.laChildId());
        if (byId != null) {
            String disagreement = disagreement(ids, byId);
            return disagreement == null ? new ChildMatch.Existing(byId.id(), "LAchildID")
                    : new ChildMatch.Uncertain(List.of(byId.id()),
                    "LAchildID " + ids.laChildId() + " is record " + byId.id() + "'s, but " + disagreement);
        }
        List<Held> sameUpn = ids.upn() == null ? List.of() : byUpn.getOrDefault(upn(ids.upn()), List.of());
        if (sameUpn.size() > 1) {
            return new ChildMatch.Uncertain(sameUpn.stream().map(Held::id).toList(),
                    "UPN " + ids.upn() + " is held by " + sameUpn.size() + " records");
        }
        if (sameUpn.size() == 1) {
            Held h = sameUpn.getFirst();
            String disagreement = disagreement(ids, h);
            return disagreement == null ? new ChildMatch.Existing(h.id(), "UPN")
                    : new ChildMatch.Uncertain(List.of(h.id()), "UPN " + ids.upn() + " is record " + h.id() + "'s, but " + disagreement);
        }
        LocalDate born = ids.personBirthDate() != null ? ids.personBirthDate() : ids.expectedPersonBirthDate();
        if (born == null || !heldBirthDates.contains(born)) {
            // The census carries no names, so the duplicate check can only compare dates of birth: with no
            // one born that day it has nothing to find, and asking it 25,000 times would find nothing slowly.
            return new ChildMatch.NewChild();
        }
        List<Long> candidates = search.likelyDuplicates(duplicateCheckInput(c)).stream()
                .filter(PersonMatch::child)
                .filter(m -> !contradicts(ids, m))
                .map(PersonMatch::id).toList();
        return candidates.isEmpty() ? new ChildMatch.NewChild()
                : new ChildMatch.Uncertain(candidates, "The duplicate check found "
                + (candidates.size() == 1 ? "a child" : candidates.size() + " children") + " born on the same day");
    }

    /** The new person as the duplicate check reads one: the census gives no name, so the date of birth. */
    private static PersonInput duplicateCheckInput(CensusChild c) {
        ChildIdentifiers ids = c.identifiers();
        return new PersonInput(true, null, null, List.of(), ids.personBirthDate(), ids.expectedPersonBirthDate(),
                CensusPeople.gender(ids.sex()), c.characteristics().ethnicity(), null, ids.upn(), null, null,
                c.characteristics().disabilities(), null);
    }

    private static boolean contradicts(ChildIdentifiers ids, PersonMatch m) {
        String gender = CensusPeople.gender(ids.sex());
        return ("1".equals(gender) || "2".equals(gender)) && m.gender() != null
                && ("1".equals(m.gender().code()) || "2".equals(m.gender().code())) && !gender.equals(m.gender().code());
    }

    /** What the record says otherwise than the file, or null when nothing both give disagrees. */
    private static String disagreement(ChildIdentifiers ids, Held h) {
        if (!h.child()) {
            return "that record is not a child's";
        }
        if (ids.personBirthDate() != null && h.dob() != null && !ids.personBirthDate().equals(h.dob())) {
            return "the file gives the date of birth " + ids.personBirthDate() + " and the record " + h.dob();
        }
        if (ids.personBirthDate() == null && ids.expectedPersonBirthDate() != null && h.dob() == null
                && h.expectedDob() != null && !ids.expectedPersonBirthDate().equals(h.expectedDob())) {
            return "the file gives the expected date of birth " + ids.expectedPersonBirthDate() + " and the record " + h.expectedDob();
        }
        if (ids.upn() != null && h.upn() != null && !upn(ids.upn()).equals(h.upn())) {
            return "the file gives the UPN " + ids.upn() + " and the record " + h.upn();
        }
        String gender = CensusPeople.gender(ids.sex());
        if (("1".equals(gender) || "2".equals(gender)) && ("1".equals(h.gender()) || "2".equals(h.gender()))
                && !gender.equals(h.gender())) {
            return "the file gives the sex " + ids.sex() + " and the record does not";
        }
        return null;
    }

    private static String upn(String upn) {
        return upn.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private List<Held> heldByLaChildId(List<CensusChild> children) {
        Set<String> laChildIds = new HashSet<>();
        Set<Long> numeric = new HashSet<>();
        for (CensusChild c : children) {
            String id = c.laChildId();
            if (id == null) {
                continue;
            }
            laChildIds.add(id);
            if (id.matches("[1-9][0-9]{0,17}")) {
                numeric.add(Long.parseLong(id));
            }
        }
        return jdbc.sql("""
                        SELECT id, coalesce(la_child_id, id::text) AS la_child_id, is_child, date_of_birth, expected_date_of_birth,
                               upn, gender
                        FROM person
                        WHERE merged_into IS NULL
                          AND (la_child_id = ANY(:ids::text[]) OR (la_child_id IS NULL AND id = ANY(:numeric::bigint[])))
                        """)
                .param("ids", laChildIds.toArray(String[]::new))
                .param("numeric", numeric.toArray(Long[]::new))
                .query((rs, n) -> held(rs)).list();
    }

    private List<Held> heldByUpn(List<CensusChild> children) {
        String[] upns = children.stream().map(c -> c.identifiers().upn()).filter(Objects::nonNull).map(ChildMatcher::upn)
                .distinct().toArray(String[]::new);
        if (upns.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, coalesce(la_child_id, id::text) AS la_child_id, is_child, date_of_birth, expected_date_of_birth,
                               upn, gender
                        FROM person WHERE merged_into IS NULL AND upn = ANY(:upns::text[])
                        """)
                .param("upns", upns).query((rs, n) -> held(rs)).list();
    }

    private Set<LocalDate> heldBirthDates(List<CensusChild> children) {
        String[] dates = children.stream()
                .map(c -> c.identifiers().personBirthDate() != null ? c.identifiers().personBirthDate()
                        : c.identifiers().expectedPersonBirthDate())
                .filter(Objects::nonNull).distinct().map(LocalDate::toString).toArray(String[]::new);
        if (dates.length == 0) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT date_of_birth FROM person
                        WHERE merged_into IS NULL AND date_of_birth = ANY(CAST(:dates AS text[])::date[])
                        """)
                .param("dates", dates).query((rs, n) -> rs.getDate(1).toLocalDate()).list());
    }

    private static Held held(ResultSet rs) throws SQLException {
        return new Held(rs.getLong("id"), rs.getString("la_child_id"), rs.getBoolean("is_child"),
                rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate(),
                rs.getDate("expected_date_of_birth") == null ? null : rs.getDate("expected_date_of_birth").toLocalDate(),
                rs.getString("upn") == null ? null : rs.getString("upn").trim(), rs.getString("gender"));
    }
}
