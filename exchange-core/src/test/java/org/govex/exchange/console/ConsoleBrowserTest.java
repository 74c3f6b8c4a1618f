package org.govex.exchange.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.govex.exchange.testing.Keys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium (Debian's chromium + chromium-driver, installed by
 * .ci/run): a planner pastes a key and sees the U/C matrix drawn and the coverage findings.
 */
@QuarkusTest
class ConsoleBrowserTest {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";

    @TestHTTPResource("/console/")
    URL console;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        boolean installed = CHROMEDRIVER.canExecute() && new File(CHROMIUM).canExecute();
        // CI installs the browser; a developer machine without it skips, CI never does
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("govex-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPlannerSeesTheMatrixAndTheGapsOfTheDemoCity() throws Exception {
        browser.get(console.toString() + "#/planning");
        assertThat(browser.getTitle()).contains("govex");
        browser.findElement(By.id("api-key")).sendKeys(Keys.department("hz-sjzyj"));
        browser.findElement(By.cssSelector("#key-form button")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage table")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uc-chart canvas")));

        String coverage = browser.findElement(By.id("coverage")).getText();
        assertThat(coverage).contains("GAP").contains("DC-RK-JBXX");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#coverage td.status-gap"))).isNotEmpty();

        Path shot = Path.of("target", "console-planning.png");
        Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void aWrongKeyShowsTheProblemInsteadOfData() {
        browser.get(console.toString() + "#/planning");
        browser.findElement(By.id("api-key")).sendKeys("gvx_0000000000_wrong");
        browser.findElement(By.cssSelector("#key-form button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).contains("401");
    }
}
