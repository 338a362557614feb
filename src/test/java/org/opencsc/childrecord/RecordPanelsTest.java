package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.ExtendedModelMap;

/**
 * The record page knows no feature: every panel's fragment is where the panel says, and
 * record.html reads none of the attributes the panels add (only their fragments do).
 */
@IntegrationTest
class RecordPanelsTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("(?<![.\\w@#])([A-Za-z_]\\w*)");

    @Autowired
    List<RecordPanel> panels;

    @Autowired
    PersonService people;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFragmentAPanelPlacesIsInItsTemplate() throws IOException {
        assertThat(panels).hasSizeGreaterThanOrEqualTo(8);
        for (RecordPanel panel : panels) {
            for (RecordFragment f : panel.fragments()) {
                assertThat(template(f.template())).as(f.reference()).contains("th:fragment=\"" + f.name() + "\"");
            }
        }
    }

    @Test
    void recordHtmlReadsNoPanelsAttributes() throws IOException {
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        long child = fixtures.child("Pip", Fixtures.uniqueSurname("Panels"), LocalDate.of(2018, 5, 1));
        ExtendedModelMap model = new ExtendedModelMap();
        RecordPage page = new RecordPage(model, RecordPart.SUMMARY);
        for (RecordPanel panel : panels) {
            panel.addTo(page, child, true, fixtures.user("manager"));
        }
        assertThat(model.keySet()).contains("cpPlan", "referrals", "childPlan", "visitSummary", "level");

        assertThat(variablesIn(template("childrecord/record") + template("childrecord/record-frame")))
                .doesNotContainAnyElementsOf(model.keySet())
                .contains("layout", "record", "part", "parts", "panelAlerts", "confirmations");
    }

    /** The variables an expression starts from: {@code record} in ${record.alerts().isEmpty()}, not alerts or isEmpty. */
    private static Set<String> variablesIn(String html) {
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(html);
        while (expression.find()) {
            Matcher variable = VARIABLE.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
            while (variable.find()) {
                names.add(variable.group(1));
            }
        }
        return names;
    }

    private static String template(String name) throws IOException {
        try (InputStream in = RecordPanelsTest.class.getResourceAsStream("/org/opencsc/" + name + ".html")) {
            assertThat(in).as(name + ".html").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
