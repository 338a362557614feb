package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.opencsc.legal.LetterJourney;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.OneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pre-proceedings walked as the people who do it (issue 13): the manager's legal planning meeting
 * decides on pre-proceedings; the worker plans the pre-proceedings meeting and drafts the letter;
 * the plain-English check flags jargon and a long sentence beside her words; she rewrites them and
 * sends the letter; the PDF holds the child's name and every change the plan asks for; the PLO panel
 * shows the child at week 0; the worker plans the first review and the panel shows it.
 */
@IntegrationTest
@Tag("browser")
class PreProceedingsLetterBrowserTest {

    @RegisterExtension
    static OneBrowser browsers = new OneBrowser();
    Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    LetterJourney journey;
    @Autowired
    Clock clock;

    @BeforeEach
    void useServer() {
        browser = browsers.at(port);
    }

    @Test
    void theMeetingDecidesTheWorkerWritesAPlainLetterAndThePanelTracksTheChild() throws Exception {
        LetterJourney.Family family = journey.family();
        LocalDate today = LondonTime.today(clock);
        String child = "/people/" + family.child();

        // The manager records the legal planning meeting from the child's record.
        browser.signIn("manager").open(child).submit(By.id("record-legal-planning-meeting"));
        date("heldOn", today);
        new Select(browser.find(By.id("socialWorker"))).selectByValue("social");
        new Select(browser.find(By.id("manager"))).selectByValue("manager");
        new Select(browser.find(By.id("legalAdviser"))).selectByValue("legal");
        browser.type(By.id("thresholdDiscussion"), "The home has been cold and without food on most visits for a year.");
        browser.check(browser.find(By.cssSelector("input[name='decision'][value='ENTER_PRE_PROCEEDINGS']")).getAttribute("id"));
        browser.type(By.id("reasons"), "A year of help under the plan has not made the home safe.")
                .type(By.id("alternatives"), "Keep going with the plan: no change in a year");
        browser.submit(By.id("save-legal-planning-meeting"));
        assertThat(browser.path()).isEqualTo(child);

        // The worker plans the pre-proceedings meeting the letter invites the parent to.
        browser.signIn("social").open(child).submit(By.cssSelector("a[id^='pre-proceedings-']"));
        String preProceedings = browser.path();
        assertThat(browser.find(By.id("weeks-elapsed")).getText()).isEqualTo("0");
        browser.check("kind");
        date("plannedOn", today.plusDays(10));
        browser.type(By.id("plannedAt"), "10:30").type(By.id("place"), "Family Centre, 1 High Street");
        browser.submit(By.id("plan-meeting"));
        assertThat(browser.find(By.id("meetings")).getText()).contains("Family Centre, 1 High Street");

        // She drafts the letter; the check flags jargon and a sentence far too long to follow.
        browser.open(child).submit(By.id("proceedings-letters"));
        browser.check("recipientIds");
        browser.submit(By.id("draft-letter"));
        browser.type(By.id("sections.WORRIES"), "We are worried about chronic neglect and we think the threshold is met because the home "
                + "has been cold and dirty on every visit we have made since the spring and the children have missed school many "
                + "times and have not seen the dentist or the doctor this year even though we asked you more than once.");
        browser.type(By.id("sections.HELP"), "Your family support worker, Sam, will visit you every Tuesday to help with meals and money.");
        browser.submit(By.id("save-letter"));
        String findings = browser.find(By.id("findings-WORRIES")).getText();
        assertThat(findings).contains("Must fix").containsIgnoringCase("chronic neglect").containsIgnoringCase("threshold")
                .containsIgnoringCase("long sentence");
        assertThat(browser.isPresent(By.id("blocking-warning"))).isTrue();
        browser.screenshot("letter-before-proceedings-findings");
        Axe.assertNoSeriousViolations(browser, "a letter before proceedings with its findings");

        // She rewrites the worries in short, plain sentences and sends the letter.
        browser.type(By.id("sections.WORRIES"), "We are worried that the children are not looked after well enough. "
                + "The home was cold and there was no food on our last four visits. "
                + "The children have missed school 12 times since September. They have not seen a dentist this year.");
        browser.submit(By.id("save-letter"));
        assertThat(browser.find(By.id("findings-WORRIES")).getText()).doesNotContain("Must fix");
        assertThat(browser.isPresent(By.id("blocking-warning"))).isFalse();
        browser.submit(By.id("send-letter"));
        assertThat(browser.find(By.id("letter-sent")).getText()).isNotBlank();

        String pdfLink = browser.find(By.partialLinkText("Download version 1")).getAttribute("href");
        String text = pdfText(pdfLink).replaceAll("\\s+", " ");
        assertThat(text).contains(family.childName().split(" ")[0]).contains("Family Centre, 1 High Street");
        family.changes().forEach(change -> assertThat(text).contains(change));

        // The manager's PLO panel shows the child at week 0 with the meeting to come.
        browser.signIn("manager").open("/legal/plo-panel");
        String row = browser.find(By.xpath("//tr[.//a[contains(@href, '" + preProceedings + "')]]")).getText();
        assertThat(row).contains(family.childName()).contains("0");
        Axe.assertNoSeriousViolations(browser, "the PLO panel");

        // The worker plans the first review; the panel shows it as the next review.
        browser.signIn("social").open(preProceedings);
        browser.check("kind-REVIEW");
        date("plannedOn", today.plusDays(38));
        browser.type(By.id("place"), "Family Centre, 1 High Street");
        browser.submit(By.id("plan-meeting"));
        assertThat(browser.find(By.id("meetings")).getText()).containsIgnoringCase("review");
        browser.screenshot("pre-proceedings-review-planned");
        browser.signIn("manager").open("/legal/plo-panel");
        assertThat(browser.find(By.xpath("//tr[.//a[contains(@href, '" + preProceedings + "')]]")).getText())
                .contains(String.valueOf(today.plusDays(38).getYear()));
    }

    /** Downloads the PDF with the browser's own session, as her click would, and reads its text back. */
    private String pdfText(String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private void date(String field, LocalDate day) {
        browser.type(By.id(field + "-day"), String.valueOf(day.getDayOfMonth()))
                .type(By.id(field + "-month"), String.valueOf(day.getMonthValue()))
                .type(By.id(field + "-year"), String.valueOf(day.getYear()));
    }
}
