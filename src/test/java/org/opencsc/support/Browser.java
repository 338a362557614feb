package org.opencsc.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through Debian's chromedriver, for the browser tests. Start
 * one per test class and reuse it: starting a browser costs far more than any page.
 * <p>
 * The driver and browser paths are given explicitly so Selenium Manager never tries to
 * download anything. Without Chromium the tests are skipped on a developer's machine, but
 * fail on CI (CI="true"), which installs it: a browser test must never pass by not running.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts headless Chromium, or skips (fails on CI) when it is not installed. */
    public static Browser start() {
        requireChromium();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("opencsc-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,2000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    private static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + ": CI installs them, so their absence is a failure");
        }
        Assumptions.abort(message + ": skipped because they are not installed");
    }

    /** The running application under test, for example after {@code @LocalServerPort}. */
    public Browser at(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** A fresh session, then the real sign-in form; ends on the role's home page ("/": My work for a social worker). */
    public Browser signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        submit(By.cssSelector("form[action='/sign-in'] button[type=submit]"));
        assertThat(path()).as("after signing in as %s", username).isEqualTo("/");
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public Browser type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Browser select(By by, String visibleText) {
        new Select(find(by)).selectByVisibleText(visibleText);
        return this;
    }

    /** Ticks a checkbox or chooses a radio button, through its label as a person would. */
    public Browser check(String inputId) {
        WebElement input = find(By.id(inputId));
        if (!input.isSelected()) {
            find(By.cssSelector("label[for='" + inputId + "']")).click();
        }
        assertThat(input.isSelected()).as("%s is selected", inputId).isTrue();
        return this;
    }

    /** Clicks a link or button and waits until the next page has replaced this one. */
    public Browser submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).click();
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(page));
            find(By.tagName("main"));
        } catch (TimeoutException e) {
            throw new AssertionError("No page with a <main> after clicking " + by + ": now at " + driver.getCurrentUrl()
                    + " showing " + pageStart() + " (the server log may say why)", e);
        }
        return this;
    }

    /** The start of whatever the browser shows, for failure messages; a half-rendered page may have no source. */
    private String pageStart() {
        try {
            String source = driver.getPageSource();
            return source.substring(0, Math.min(source.length(), 500));
        } catch (RuntimeException e) {
            return "a page without readable source";
        }
    }

    public String path() {
        String url = driver.getCurrentUrl();
        String rest = url.substring(baseUrl.length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /**
     * Saves the whole page to target/screenshots/{name}.png and returns the file. The window is
     * made as tall as the page for the picture (so nothing is cut off and no empty space is
     * left below the footer), then put back.
     */
    public Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            long pageHeight = ((Number) script("return Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY)")).longValue();
            long chrome = ((Number) script("return window.outerHeight - window.innerHeight")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) (pageHeight + chrome)));
            File png = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the operating system cleans up what is left
        }
    }
}
