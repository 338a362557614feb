package org.opencsc.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opencsc.person.PersonInput;
import org.opencsc.person.PersonService;
import org.opencsc.person.RelationshipType;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People for a test, made through the real services (as the front door would) plus SQL for
 * what has no service yet (allocation). Surnames are unique per call so that tests sharing
 * the one database never see each other's people.
 */
public final class Fixtures {

    private final PersonService people;
    private final UserRepository users;
    private final JdbcClient jdbc;

    public Fixtures(PersonService people, UserRepository users, JdbcClient jdbc) {
        this.people = people;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A surname no other test uses: letters only, so name search treats it as one word. */
    public static String uniqueSurname(String stem) {
        // Every hex digit becomes a letter (0-9a-f -> a-p), so there are always eight random letters.
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return stem + letters;
    }

    public CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    public long child(String given, String family, LocalDate dob) {
        return create(true, given, family, dob);
    }

    public long adult(String given, String family, LocalDate dob) {
        return create(false, given, family, dob);
    }

    private long create(boolean child, String given, String family, LocalDate dob) {
        var in = new PersonInput(child, given, family, List.of(), dob, null, "0", null, null, null, null, null,
                List.of(), null);
        // The contact officer creates records at the front door; duplicates were "checked" (unique surnames).
        var result = people.create(in, null, true, user("contact"), AccessLog.Channel.API);
        return ((PersonService.CreateResult.Created) result).id();
    }

    /** Links personId as TYPE of relatedId, as the contact officer (both still unallocated). */
    public void link(long personId, long relatedId, RelationshipType type) {
        people.linkFamilyMember(personId, relatedId, type, type == RelationshipType.PARENT, user("contact"),
                AccessLog.Channel.API);
    }

    /**
     * Allocates the person to the named team, as a team manager's allocation would, from today
     * in London (not the database's current_date, which is in the session's zone, the JVM's).
     */
    public void allocate(long personId, String teamName) {
        long team = jdbc.sql("SELECT id FROM team WHERE name = :name").param("name", teamName).query(Long.class).single();
        jdbc.sql("INSERT INTO allocation (person_id, team_id, start_date) VALUES (?, ?, ?)")
                .params(personId, team, java.sql.Date.valueOf(LocalDate.now(LondonTime.ZONE))).update();
    }
}
