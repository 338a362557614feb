package org.opencsc.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The teams a dashboard can be filtered by, each with its service area: every team of the
 * council, whoever asks (a count names nobody), and the service areas the default views are.
 */
@Service
public class CouncilTeams {

    /** A team as the filter offers it. */
    public record Team(long id, String name, String serviceArea) {
    }

    private final JdbcClient jdbc;

    CouncilTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By service area, then name. */
    public List<Team> all() {
        return jdbc.sql("SELECT id, name, service_area FROM team ORDER BY service_area, name")
                .query((rs, n) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getString("service_area")))
                .list();
    }

    /** Each service area's teams, areas by name. */
    public Map<String, List<Team>> byServiceArea() {
        Map<String, List<Team>> areas = new LinkedHashMap<>();
        for (Team team : all()) {
            areas.computeIfAbsent(team.serviceArea(), a -> new java.util.ArrayList<>()).add(team);
        }
        return areas;
    }

    /** The ids of these that are not teams. */
    public Set<Long> unknown(Set<Long> teamIds) {
        Set<Long> unknown = new TreeSet<>(teamIds);
        all().forEach(t -> unknown.remove(t.id()));
        return unknown;
    }
}
