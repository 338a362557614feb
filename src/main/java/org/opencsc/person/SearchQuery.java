package org.opencsc.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencsc.platform.validation.Problems;

/** What someone searched by: any of a name, a date of birth, an NHS number and a record's ID. */
public record SearchQuery(String name, LocalDate dateOfBirth, String nhsNumber, Long recordId) {

    /** Enough of what was typed to see what was looked for; a pasted essay is cut short. */
    private static final int MAX_LOGGED = 500;

    /** No name is longer than this; a longer "name" is a paste gone wrong, not a search. */
    public static final int MAX_NAME = PersonRules.MAX_NAME;
    private static final int MAX_NHS_NUMBER = 20;

    /** 27/3/2015, 27-03-2015, 27.3.2015 (day first, as in England) or 2015-03-27. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** Ten digits, spaced as the NHS prints them (943 476 5919) or not. */
    private static final Pattern NHS = Pattern.compile("\\d{3} ?\\d{3} ?\\d{4}");
    /** A record's ID as the record page shows it: up to 9 digits (NHS numbers have 10). */
    private static final Pattern ID = Pattern.compile("\\d{1,9}");

    public SearchQuery(String name, LocalDate dateOfBirth, String nhsNumber) {
        this(name, dateOfBirth, nhsNumber, null);
    }

    /**
     * The one search box (the home page's, or the name box alone) read as what it plainly is: a
     * date of birth, an NHS number or a record ID when it holds nothing else, otherwise a name.
     * A search that gave a date of birth or NHS number of its own is taken as typed.
     */
    public static SearchQuery of(String text, LocalDate dateOfBirth, String nhsNumber) {
        if (text == null || dateOfBirth != null || (nhsNumber != null && !nhsNumber.isBlank())) {
            return new SearchQuery(text, dateOfBirth, nhsNumber);
        }
        String t = text.strip();
        Matcher m;
        if ((m = DAY_FIRST.matcher(t)).matches()) {
            LocalDate day = date(m.group(3), m.group(2), m.group(1));
            return day == null ? new SearchQuery(text, null, null) : new SearchQuery(null, day, null);
        }
        if ((m = ISO.matcher(t)).matches()) {
            LocalDate day = date(m.group(1), m.group(2), m.group(3));
            return day == null ? new SearchQuery(text, null, null) : new SearchQuery(null, day, null);
        }
        if (NHS.matcher(t).matches()) {
            return new SearchQuery(null, null, t);
        }
        if (ID.matcher(t).matches()) {
            return new SearchQuery(null, null, null, Long.parseLong(t));
        }
        return new SearchQuery(text, null, null);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Adds a problem for a name or NHS number too long to be one, under the page's or the API's field names. */
    public void checkLength(String nameField, String nhsNumberField, Problems problems) {
        if (name != null && name.length() > MAX_NAME) {
            problems.add(nameField, "Search by a name of " + MAX_NAME + " characters or fewer");
        }
        if (nhsNumber != null && nhsNumber.length() > MAX_NHS_NUMBER) {
            problems.add(nhsNumberField, "An NHS number has 10 digits");
        }
    }

    public boolean isEmpty() {
        return (name == null || Names.normalise(name).isEmpty()) && dateOfBirth == null
                && (nhsNumber == null || nhsNumber.isBlank()) && recordId == null;
    }

    /** The terms as the access log keeps them. */
    String describe() {
        List<String> terms = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            terms.add("name \"" + name.trim() + "\"");
        }
        if (dateOfBirth != null) {
            terms.add("date of birth " + dateOfBirth);
        }
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            terms.add("NHS number " + nhsNumber.trim());
        }
        if (recordId != null) {
            terms.add("ID " + recordId);
        }
        String all = String.join(", ", terms);
        return all.length() <= MAX_LOGGED ? all : all.substring(0, MAX_LOGGED) + "…";
    }
}
