package org.openoqs.terminal.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one place browser tests get a browser: Debian's {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver}
 * (override with {@code OQS_CHROMIUM}/{@code OQS_CHROMEDRIVER}), both given explicitly so Selenium Manager never tries
 * to download anything (the network is closed). Headless, sandbox off (containers), a fresh profile per browser. When
 * either binary is missing the tests are skipped with a message, unless {@code OQS_REQUIRE_BROWSER=1}, where they fail.
 */
public final class Chromium implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final Path downloads;

    private Chromium(WebDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    public static Chromium start() {
        return start(null);
    }

    /**
     * A browser that saves downloads into {@code downloadDir} without asking (null: Chromium's default, as
     * {@link #start()}); {@link #awaitDownload(String)} waits for a file there.
     */
    public static Chromium start(Path downloadDir) {
        Path binary = Path.of(System.getenv().getOrDefault("OQS_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("OQS_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
            String message = "browser tests need " + binary + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("OQS_REQUIRE_BROWSER"))) {
                fail(message + "; OQS_REQUIRE_BROWSER=1 makes their absence a failure");
            }
            assumeTrue(false, message + "; skipped");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        try {
            Path profile = Files.createTempDirectory("oqs-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ja",
                    "--user-data-dir=" + profile);
            Path downloads = null;
            if (downloadDir != null) {
                downloads = Files.createDirectories(downloadDir).toAbsolutePath();
                options.setExperimentalOption("prefs", Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "download.directory_upgrade", true,
                        "safebrowsing.enabled", false));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            if (downloads != null) {
                // The preference suffices for --headless=new; older headless modes ignored it, the DevTools command never.
                driver.executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            }
            return new Chromium(driver, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits for the element with this id to be visible. */
    public WebElement await(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Clicks the element with this id once it can be clicked. */
    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Clicks, waits until the page's {@code <main>} has been replaced (a new page, or htmx swapping the body), then
     * for the element {@code next}: so two screens with the same id (consent after consent) are never confused.
     */
    public WebElement clickAndAwait(String id, String next) {
        return clickAndAwait(By.id(id), next);
    }

    /** As {@link #clickAndAwait(String, String)}, for a button without an id (one per table row). */
    public WebElement clickAndAwait(By clickable, String next) {
        WebElement current = driver.findElement(By.tagName("main"));
        wait.until(ExpectedConditions.elementToBeClickable(clickable)).click();
        awaitGone(current);
        return await(next);
    }

    /** Waits until {@code element} is no longer in the page (replaced by a new page or an htmx swap). */
    public void awaitGone(WebElement element) {
        wait.until(d -> isDetached(element));
    }

    /**
     * Selenium's {@code stalenessOf} only knows StaleElementReferenceException; Chromium 156 may instead report an element
     * removed a moment ago as "unhandled inspector error: Node with given id does not belong to the document".
     */
    private static boolean isDetached(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }

    public void type(String id, String text) {
        WebElement field = await(id);
        field.clear();
        field.sendKeys(text);
    }

    public String text(String id) {
        return await(id).getText();
    }

    /**
     * Waits (up to {@link #WAIT}) until {@code fileName} is completely downloaded: present in the download folder, with
     * no {@code .crdownload} left for it and the same size on two looks in a row. Only for {@link #start(Path)}.
     */
    public Path awaitDownload(String fileName) {
        if (downloads == null) throw new IllegalStateException("this browser was started without a download folder");
        Path file = downloads.resolve(fileName);
        long deadline = System.nanoTime() + WAIT.toNanos();
        long lastSize = -1;
        try {
            while (System.nanoTime() < deadline) {
                if (Files.isRegularFile(file) && !inProgress()) {
                    long size = Files.size(file);
                    if (size > 0 && size == lastSize) return file;
                    lastSize = size;
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + file, e);
        }
        throw new TimeoutException("no complete download " + file + " within " + WAIT + "; the folder holds "
                + listing());
    }

    private boolean inProgress() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        }
    }

    private String listing() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** A fresh browser session: the next test is a new patient or a new member of staff. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Saves the current screen as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
