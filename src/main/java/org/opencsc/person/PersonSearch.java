package org.opencsc.person;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds people the way a front door worker needs to: misspelt names ("Smyth" for Smith, by
 * trigram similarity and by sound), nicknames ("Bill" for William), former names and
 * aliases, date of birth (with day and month swapped), and NHS number. Runs on the
 * person_name table's trigram and sound indexes, so it stays fast at a large council's size.
 */
@Service
public class PersonSearch {

    /** Below this a candidate is noise rather than a likely match. */
    static final double MIN_SCORE = 0.45;
    /** A candidate this strong is shown as a likely duplicate before creating a record. */
    static final double DUPLICATE_SCORE = 0.7;

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonMatch> search(SearchQuery q, int limit) {
        if (q.isEmpty()) {
            return List.of();
        }
        String nhs = q.nhsNumber() == null ? "" : NhsNumber.normalise(q.nhsNumber());
        List<String> tokens = Arrays.stream(Names.normalise(q.name()).split(" ")).filter(t -> !t.isEmpty()).toList();
        if (tokens.isEmpty()) {
            return byDobOrNhs(q, nhs, limit);
        }
        List<PersonMatch> matches = byName(q, tokens, nhs, limit);
        if (matches.isEmpty() && tokens.size() == 2) {
            // Two words that find nobody may be the family name first (as Chinese and Hungarian names are written,
            // and as lists print them: "Smith John"): asked again the other way round, only on a miss.
            matches = byName(q, List.of(tokens.getLast(), tokens.getFirst()), nhs, limit);
        }
        String[] chinese = Names.chineseRun(q.name());
        if (matches.isEmpty() && chinese != null) {
            // "王秀英" typed without a space: the first character is the family name.
            matches = byName(q, List.of(Names.normalise(chinese[0]), Names.normalise(chinese[1])), nhs, limit);
        }
        return matches;
    }

    private List<PersonMatch> byName(SearchQuery q, List<String> tokens, String nhs, int limit) {
        String family = tokens.getLast();
        String given = tokens.size() > 1 ? tokens.getFirst() : "";
        Set<String> givenVariants = given.isEmpty() ? Set.of() : variantsOf(given);
        boolean single = tokens.size() == 1;
        Set<String> singleVariants = single ? variantsOf(family) : Set.of();

        // Candidate names come from the trigram and sound indexes; each person is scored by its best name.
        // The person and current-name rows are fetched per candidate (LATERAL ... OFFSET 0, a few thousand
        // primary-key lookups at most): left to itself the planner hash-joins whole tables instead, which at a
        // large council's size is several times slower with PostgreSQL's default random_page_cost.
        String sql = """
                WITH q AS (SELECT CAST(:family AS text) AS family, CAST(:given AS text) AS given,
                                  dmetaphone(:family) AS family_sound, dmetaphone(:given) AS given_sound),
                candidate AS (
                    SELECT pn.person_id, pn.kind, pn.given_name, pn.family_name,
                           greatest(similarity(pn.family_norm, q.family),
                                    CASE WHEN pn.family_sound = q.family_sound AND q.family_sound <> '' THEN 0.8 ELSE 0 END) AS family_score,
                           CASE WHEN q.given = '' THEN NULL ELSE
                           greatest(similarity(pn.given_norm, q.given),
                                    CASE WHEN pn.given_norm = ANY(:givenVariants::text[]) THEN 0.95 ELSE 0 END,
                                    CASE WHEN pn.given_sound = q.given_sound AND q.given_sound <> '' THEN 0.75 ELSE 0 END,
                                    CASE WHEN pn.given_norm <> '' AND left(pn.given_norm, 1) = left(q.given, 1) THEN 0.3 ELSE 0 END) END AS given_score,
                           CASE WHEN :single THEN greatest(similarity(pn.given_norm, q.family),
                                    CASE WHEN pn.given_norm = ANY(:singleVariants::text[]) THEN 0.95 ELSE 0 END) ELSE 0 END AS single_given_score
                    FROM person_name pn, q
                    WHERE pn.family_norm % q.family OR (pn.family_sound = q.family_sound AND q.family_sound <> '')
                    %SINGLE%
                ),
                scored AS (
                    SELECT c.*, p.date_of_birth, p.is_child, p.gender, p.restricted, p.nhs_number,
                           (CASE WHEN :single THEN greatest(c.family_score, c.single_given_score)
                                 ELSE 0.5 * c.family_score + 0.5 * coalesce(c.given_score, 0) END)
                           + CASE WHEN CAST(:dob AS date) IS NULL THEN 0
                                  WHEN p.date_of_birth = CAST(:dob AS date) THEN 0.35
                                  WHEN extract(year FROM p.date_of_birth) = extract(year FROM CAST(:dob AS date))
                                   AND extract(month FROM p.date_of_birth) = extract(day FROM CAST(:dob AS date))
                                   AND extract(day FROM p.date_of_birth) = extract(month FROM CAST(:dob AS date)) THEN 0.2
                                  WHEN abs(p.date_of_birth - CAST(:dob AS date)) <= 31 THEN 0.05
                                  ELSE -0.25 END
                           + CASE WHEN :nhs <> '' AND p.nhs_number = :nhs THEN 1 ELSE 0 END AS score
                    FROM candidate c
                    CROSS JOIN LATERAL (SELECT * FROM person p WHERE p.id = c.person_id AND p.merged_into IS NULL OFFSET 0) p
                ),
                best AS (
                    SELECT DISTINCT ON (person_id) * FROM scored ORDER BY person_id, score DESC, (kind = 'CURRENT') DESC
                )
                SELECT b.*, cur.given_name AS cur_given, cur.family_name AS cur_family,
                       (SELECT a.postcode FROM address a WHERE a.person_id = b.person_id AND a.end_date IS NULL LIMIT 1) AS postcode
                FROM best b
                CROSS JOIN LATERAL (SELECT n.given_name, n.family_name FROM person_name n
                                    WHERE n.person_id = b.person_id AND n.kind = 'CURRENT' OFFSET 0) cur
                WHERE b.score >= :minScore
                ORDER BY b.score DESC, cur.family_name, cur.given_name
                LIMIT :limit
                """
                // A single word may be a first name or a last name, so both indexes are asked.
                .replace("%SINGLE%", single ? "OR pn.given_norm % q.family OR pn.given_norm = ANY(:singleVariants::text[])" : "");
        List<PersonMatch> matches = jdbc.sql(sql)
                .param("family", family)
                .param("given", given)
                .param("givenVariants", givenVariants.toArray(String[]::new))
                .param("singleVariants", singleVariants.toArray(String[]::new))
                .param("single", single)
                .param("dob", q.dateOfBirth() == null ? null : Date.valueOf(q.dateOfBirth()))
                .param("nhs", nhs)
                .param("minScore", MIN_SCORE)
                .param("limit", limit)
                .query((rs, n) -> new PersonMatch(
                        rs.getLong("person_id"),
                        Names.full(rs.getString("cur_given"), rs.getString("cur_family")),
                        Names.full(rs.getString("given_name"), rs.getString("family_name")),
                        rs.getString("kind"),
                        rs.getBoolean("is_child"),
                        PersonRepository.date(rs, "date_of_birth"),
                        Gender.fromCode(rs.getString("gender")).orElse(Gender.NOT_KNOWN),
                        rs.getString("postcode"),
                        rs.getBoolean("restricted"),
                        Math.round(Math.min(1.0, rs.getDouble("score")) * 100) / 100.0))
                .list();
        if (!nhs.isEmpty()) {
            List<PersonMatch> withNhs = new ArrayList<>(byDobOrNhs(new SearchQuery(null, null, nhs), nhs, 1));
            matches.stream().filter(m -> withNhs.stream().noneMatch(w -> w.id() == m.id())).forEach(withNhs::add);
            return withNhs.stream().limit(limit).toList();
        }
        return matches;
    }

    /** Records similar enough to the new person's name and date of birth that they may be the same person. */
    public List<PersonMatch> likelyDuplicates(PersonInput in) {
        List<PersonMatch> found = new ArrayList<>(search(duplicateQuery(in), 10));
        found.removeIf(m -> m.score() < DUPLICATE_SCORE);
        return found;
    }

    /** What the duplicate check searches by: the new person's name, date of birth (or due date) and NHS number. */
    static SearchQuery duplicateQuery(PersonInput in) {
        return new SearchQuery(Names.full(in.givenName(), in.familyName()),
                in.dateOfBirth() != null ? in.dateOfBirth() : in.expectedDateOfBirth(), in.nhsNumber());
    }

    private List<PersonMatch> byDobOrNhs(SearchQuery q, String nhs, int limit) {
        if (nhs.isEmpty() && q.dateOfBirth() == null && q.recordId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.is_child, p.date_of_birth, p.gender, p.restricted, n.given_name, n.family_name,
                               (SELECT a.postcode FROM address a WHERE a.person_id = p.id AND a.end_date IS NULL LIMIT 1) AS postcode
                        FROM person p JOIN person_name n ON n.person_id = p.id AND n.kind = 'CURRENT'
                        WHERE p.merged_into IS NULL
                          AND (CAST(:nhs AS text) = '' OR p.nhs_number = :nhs)
                          AND (CAST(:dob AS date) IS NULL OR p.date_of_birth = CAST(:dob AS date))
                          AND (CAST(:recordId AS bigint) IS NULL OR p.id = CAST(:recordId AS bigint))
                        ORDER BY n.family_name, n.given_name LIMIT :limit
                        """)
                .param("nhs", nhs)
                .param("recordId", q.recordId())
                .param("dob", q.dateOfBirth() == null ? null : Date.valueOf(q.dateOfBirth()))
                .param("limit", limit)
                .query((rs, n) -> new PersonMatch(rs.getLong("id"),
                        Names.full(rs.getString("given_name"), rs.getString("family_name")),
                        Names.full(rs.getString("given_name"), rs.getString("family_name")), "CURRENT",
                        rs.getBoolean("is_child"), PersonRepository.date(rs, "date_of_birth"),
                        Gender.fromCode(rs.getString("gender")).orElse(Gender.NOT_KNOWN), rs.getString("postcode"),
                        rs.getBoolean("restricted"), 1.0))
                .list();
    }

    /** The name itself plus its nicknames and full forms, both ways. */
    Set<String> variantsOf(String name) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(name);
        variants.addAll(jdbc.sql("""
                        SELECT full_name FROM nickname WHERE nickname = :n
                        UNION SELECT nickname FROM nickname WHERE full_name = :n
                        UNION SELECT n2.nickname FROM nickname n1 JOIN nickname n2 ON n2.full_name = n1.full_name WHERE n1.nickname = :n
                        """)
                .param("n", name).query(String.class).list());
        return variants;
    }
}
