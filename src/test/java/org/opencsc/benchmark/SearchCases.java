package org.opencsc.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opencsc.demo.DemoNameLists;

/**
 * Person searches as front door workers type them, built from real generated people and the
 * generator's name lists: exact names, typos, nicknames, single names, and name with date of birth.
 */
final class SearchCases {

    /** One search. expectedId is the person it was built from, if any (single names are not built from one person). */
    record SearchCase(String kind, String name, LocalDate dob, Long expectedId) {

        String pageQuery() {
            String q = "/people/search?name=" + WebSession.enc(name);
            if (dob != null) {
                q += "&dobDay=" + dob.getDayOfMonth() + "&dobMonth=" + dob.getMonthValue() + "&dobYear=" + dob.getYear();
            }
            return q;
        }

        String apiQuery() {
            return "/api/v1/people?name=" + WebSession.enc(name) + (dob == null ? "" : "&dateOfBirth=" + dob);
        }
    }

    record Sampled(long id, String given, String family, LocalDate dob) {
    }

    static final String FULL = "full name";
    static final String FAMILY_TYPO = "full name, letter dropped from family name";
    static final String GIVEN_TYPO = "full name, letters swapped in given name";
    static final String NICKNAME = "nickname + family name (Bill Smith)";
    static final String FAMILY_ONLY = "family name only";
    static final String GIVEN_ONLY = "given name only";
    static final String WITH_DOB = "full name + date of birth";
    static final List<String> KINDS = List.of(FULL, FAMILY_TYPO, GIVEN_TYPO, NICKNAME, FAMILY_ONLY, GIVEN_ONLY, WITH_DOB);

    private final Random random;
    private final List<Sampled> people;
    /** Full name (lower case) to its nicknames, from the nickname table. */
    private final Map<String, List<String>> nicknames;
    private final List<Sampled> nicknamed;
    private int next;

    SearchCases(Random random, List<Sampled> people, Map<String, List<String>> nicknames) {
        this.random = random;
        this.people = people;
        this.nicknames = nicknames;
        this.nicknamed = people.stream().filter(p -> nicknames.containsKey(p.given().toLowerCase())).toList();
        if (nicknamed.isEmpty()) {
            throw new IllegalStateException("No sampled person has a given name with a nickname");
        }
    }

    /** perKind searches of every kind, interleaved so that no kind runs only when the machine is busy. */
    List<SearchCase> take(int perKind) {
        List<SearchCase> cases = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            for (String kind : KINDS) {
                cases.add(make(kind));
            }
        }
        return cases;
    }

    private SearchCase make(String kind) {
        Sampled p = people.get(next++ % people.size());
        return switch (kind) {
            case FULL -> new SearchCase(kind, p.given() + " " + p.family(), null, p.id());
            case FAMILY_TYPO -> new SearchCase(kind, p.given() + " " + dropLetter(p.family()), null, p.id());
            case GIVEN_TYPO -> new SearchCase(kind, swapLetters(p.given()) + " " + p.family(), null, p.id());
            case NICKNAME -> {
                Sampled n = nicknamed.get(random.nextInt(nicknamed.size()));
                List<String> options = nicknames.get(n.given().toLowerCase());
                String nick = options.get(random.nextInt(options.size()));
                yield new SearchCase(kind, capitalise(nick) + " " + n.family(), null, n.id());
            }
            case FAMILY_ONLY -> new SearchCase(kind, pick(DemoNameLists.familyNames()), null, null);
            case GIVEN_ONLY -> new SearchCase(kind, pick(DemoNameLists.givenNames()), null, null);
            case WITH_DOB -> new SearchCase(kind, p.given() + " " + p.family(), p.dob(), p.id());
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    /** "Thompson" becomes "Thomson": a letter after the first one left out. */
    private String dropLetter(String s) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 1);
        return s.substring(0, i) + s.substring(i + 1);
    }

    /** "Katherine" becomes "Kahterine": two neighbouring letters after the first swapped. */
    private String swapLetters(String s) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
