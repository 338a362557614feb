package org.opencsc.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class JargonAdminPageTest {

    @LocalServerPort
    int port;
    @Autowired
    PlainEnglish plainEnglish;

    @Test
    void anAdministratorSeesTheListAndAddsATermTheCheckThenUses() {
        PageSession admin = PageSession.signedIn(port, "admin");
        PageSession.Page page = admin.get("/admin/plain-english");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("chronic neglect", "disguised compliance");

        String term = "tiered" + System.nanoTime() % 100000 + " response";
        PageSession.Page added = admin.post("/admin/plain-english", "_csrf", page.csrf(), "term", term,
                "plainAlternative", "say what help you will get", "blocking", "yes");
        assertThat(added.status()).isEqualTo(302);
        assertThat(admin.get("/admin/plain-english").body()).contains(term);
        assertThat(plainEnglish.check("We offer a " + term + ".").findings())
                .anyMatch(f -> f.kind() == FindingKind.JARGON && f.words().equals(term) && f.blocking());
    }

    @Test
    void aMissingOrDuplicateTermIsRefusedKeepingWhatWasTyped() {
        PageSession admin = PageSession.signedIn(port, "admin");
        String csrf = admin.get("/admin/plain-english").csrf();
        PageSession.Page missing = admin.post("/admin/plain-english", "_csrf", csrf, "term", "",
                "plainAlternative", "kept text");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("There is a problem", "Enter the term", "kept text");
        assertThat(missing.inputValue("term")).isEmpty();

        PageSession.Page maybe = admin.post("/admin/plain-english", "_csrf", csrf, "term", "core assessment",
                "plainAlternative", "our look at your family", "blocking", "maybe");
        assertThat(maybe.status()).as("a value the box never sends is refused, not taken as ticked").isEqualTo(200);
        assertThat(maybe.body()).contains("Tick the box if the term must be fixed", "our look at your family");
        PageSession.Page duplicate = admin.post("/admin/plain-english", "_csrf", csrf, "term", "Chronic Neglect",
                "plainAlternative", "");
        assertThat(duplicate.body()).contains("is already on the list", "Enter the plain alternative");
        assertThat(duplicate.inputValue("term")).isEqualTo("Chronic Neglect");
    }

    @Test
    void onlyAnAdministratorMayOpenIt() {
        assertThat(PageSession.signedIn(port, "social").get("/admin/plain-english").status()).isEqualTo(403);
    }
}
