package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.security.AccessLog.Channel.API;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The letter pages: drafting from the record, findings beside the words, refusals on the page, sending, the preview. */
@IntegrationTest
class ProceedingsLetterPagesTest {

    @Autowired
    ProceedingsLetters letters;
    @Autowired
    LetterJourney letterJourney;
    @LocalServerPort
    int port;

    @Test
    void theWorkerDraftsFixesTheFindingsAndSendsTheLetter() {
        LetterJourney.Ready r = letterJourney.ready(1).getFirst();
        PageSession social = PageSession.signedIn(port, "social");
        assertThat(social.get("/people/" + r.child()).body()).contains("id=\"proceedings-letters\"");
        PageSession.Page list = social.get("/people/" + r.child() + "/proceedings-letters");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("no-letters").contains("draft-letter-form").contains("Ann Parent");

        PageSession.Page refused = social.post("/people/" + r.child() + "/proceedings-letters", "_csrf", list.csrf(),
                "preProceedingsId", "" + r.preProceedingsId(), "offersFgdm", "true");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#recipientIds\"");
        PageSession.Page drafted = social.post("/people/" + r.child() + "/proceedings-letters", "_csrf", list.csrf(),
                "preProceedingsId", "" + r.preProceedingsId(), "recipient", "" + r.parent(), "offersFgdm", "true");
        assertThat(drafted.status()).isEqualTo(302);
        long letterId = letters.listFor(r.child(), letterJourney.user("social"), API, "/test").getFirst().id();
        String path = "/people/" + r.child() + "/proceedings-letters/" + letterId;

        PageSession.Page page = social.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("findings-WORRIES").contains("Reading ease").contains("Child 1 sees the dentist");
        ProceedingsLetterView view = letters.open(r.child(), letterId, letterJourney.user("social"), API, "/test");
        List<String> form = new ArrayList<>(List.of("_csrf", page.csrf(), "version", "" + view.version()));
        LetterJourney.written(view.sections()).forEach((s, body) -> {
            form.add("sections." + s.name());
            form.add(s == LetterSection.WORRIES ? "We are worried about chronic neglect of Kai." : body);
        });
        assertThat(social.post(path, form.toArray(String[]::new)).status()).isEqualTo(302);
        PageSession.Page checked = social.get(path);
        assertThat(checked.body()).contains("Must fix").contains("chronic neglect").contains("blocking-warning");
        PageSession.Page notSent = social.post(path + "/send", "_csrf", page.csrf(), "version", "" + (view.version() + 1));
        assertThat(notSent.status()).isEqualTo(200);
        assertThat(notSent.body()).contains("There is a problem").contains("href=\"#overrideReason\"");

        form.set(3, "" + (view.version() + 1));
        form.set(form.indexOf("We are worried about chronic neglect of Kai."), "We are worried that Kai is often hungry at school.");
        assertThat(social.post(path, form.toArray(String[]::new)).status()).isEqualTo(302);
        PageSession.Page stale = social.post(path, form.toArray(String[]::new));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else saved this letter").contains("often hungry at school");
        assertThat(social.post(path + "/send", "_csrf", page.csrf(), "version", "" + (view.version() + 2)).status()).isEqualTo(302);
        assertThat(social.get(path + "?sent").body()).contains("letter-sent").contains("Download version 1 (PDF)");
        PageSession.Page preview = social.get(path + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<html lang=\"en\"").contains("Letter before proceedings about Kai").contains("Dear Ann Parent");
        assertThat(PageSession.signedIn(port, "social2").get(path).status()).isEqualTo(403);
    }

    @Test
    void aMangledVersionIsRefusedOnThePageWithTheWordsKept() {
        LetterJourney.Ready r = letterJourney.ready(1).getFirst();
        long letterId = letters.draft(r.child(), new ProceedingsLetterInput(r.preProceedingsId(), List.of(), List.of(r.parent()), true),
                letterJourney.user("social"), API);
        String path = "/people/" + r.child() + "/proceedings-letters/" + letterId;
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get(path);
        PageSession.Page saved = social.post(path, "_csrf", page.csrf(), "version", "1.5", "sections.HELP", "Nan will do the school runs");
        assertThat(saved.status()).as("a GOV.UK error, not a bare 400 page").isEqualTo(200);
        assertThat(saved.body()).contains("There is a problem").contains("href=\"#version\"").contains("Nan will do the school runs");
        PageSession.Page sent = social.post(path + "/send", "_csrf", page.csrf(), "version", "abc");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("There is a problem").contains("href=\"#version\"");
        assertThat(letters.open(r.child(), letterId, letterJourney.user("social"), API, "/test").version()).as("nothing saved").isZero();
    }
}
