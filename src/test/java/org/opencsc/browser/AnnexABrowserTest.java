package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opencsc.support.Axe;
import org.opencsc.support.Browser;
import org.opencsc.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Annex A as the inspector meets it: sign in, open it from the menu, choose the inspection date,
 * and download the workbook. A headless browser saves a download without showing it, so the
 * workbook button's address is fetched with the browser's own session cookie and opened in POI.
 */
@IntegrationTest
@Tag("browser")
class AnnexABrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theInspectorOpensAnnexAFromTheMenuAndDownloadsTheWorkbook() throws Exception {
        browser = Browser.start();
        browser.at(port).signIn("inspector");
        browser.submit(By.linkText("Ofsted Annex A"));
        assertThat(browser.heading()).isEqualTo("Ofsted Annex A");
        browser.find(By.id("date")).clear();
        browser.type(By.id("date"), "2026-06-30").submit(By.id("show"));
        assertThat(browser.find(By.cssSelector("main h2")).getText()).isEqualTo("The lists at 30 June 2026");
        assertThat(browser.findAll(By.cssSelector("#lists tbody tr"))).hasSize(11);
        assertThat(browser.find(By.id("workbook")).getDomAttribute("formaction")).isEqualTo("/returns/annex-a/workbook");
        Axe.assertNoSeriousViolations(browser, "the Annex A page");

        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.url("/returns/annex-a/workbook?date=2026-06-30"))).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("annex-a-2026-06-30.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(11);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("List 1 Contacts");
        } catch (IOException e) {
            throw new AssertionError("the download is not a workbook", e);
        }
    }
}
