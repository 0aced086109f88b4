package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code GET /}, end to end in headless Debian Chromium: a person starts from actor,
 * action, state and date, answers the top question until the outcome is settled, and sees the
 * determination with its citations and argument map. Needs {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} ({@code apt-get install chromium chromium-driver}; {@code .ci/run}
 * installs them). Leaves a screenshot in {@code target/service-page.png}, and in
 * {@code docs/service-page.png} with {@code -Dlexfed.regenerate=true}.
 */
class ServicePageTest {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static DecisionService service;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM.canExecute()).as("the page test needs Debian's chromium: apt-get install -y chromium chromium-driver").isTrue();
        assertThat(CHROMEDRIVER.canExecute()).as("the page test needs Debian's chromium-driver: apt-get install -y chromium chromium-driver").isTrue();
        service = DecisionService.start("127.0.0.1", 0);
        profile = Files.createTempDirectory("lexfed-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1200,1800", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    /** The page has answered its latest request and shows {@code answers} answers. */
    static boolean settled(org.openqa.selenium.WebDriver d, int answers) {
        return Boolean.FALSE.equals(((ChromeDriver) d).executeScript("return window.lexfedBusy"))
                && d.findElements(By.cssSelector("#answers li")).size() == answers;
    }

    @Test
    void aPersonAnswersOneQuestionAtATimeUntilTheOutcomeIsSettled() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(service.uri().toString());
        wait.until(d -> new Select(d.findElement(By.id("action"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("actor"))).selectByValue("LOCAL_POLICE");
        new Select(browser.findElement(By.id("action"))).selectByValue("ARREST_FEDERAL_AGENT");
        browser.findElement(By.id("state")).sendKeys("MN");
        browser.executeScript("document.getElementById('date').value = '2026-01-10'");
        browser.findElement(By.id("begin")).click();

        wait.until(d -> settled(d, 0));
        assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("CONDITIONAL");
        String firstFact = browser.findElement(By.id("fact")).getText();
        assertThat(firstFact).isNotBlank();

        int answered = 0;
        while (browser.findElement(By.id("question-box")).isDisplayed()) {
            assertThat(answered).as("the interview settles within a bounded number of questions").isLessThan(12);
            List<WebElement> choices = browser.findElements(By.cssSelector("#choices button"));
            // the answer that settles the outcome soonest: the first whose outcome is not CONDITIONAL, else the first
            WebElement choice = choices.stream().filter(b -> !b.getText().endsWith("CONDITIONAL")).findFirst().orElse(choices.get(0));
            choice.click();
            answered++;
            int expected = answered;
            wait.until(d -> settled(d, expected));
        }

        assertThat(answered).isPositive();
        assertThat(browser.findElement(By.id("outcome")).getText()).isIn("PERMITTED", "PROHIBITED", "REQUIRED", "UNSETTLED");
        assertThat(browser.findElements(By.cssSelector("#answers li"))).hasSize(answered);
        assertThat(browser.findElements(By.cssSelector("#citations li a"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#map tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("summary")).getText()).contains("not legal advice");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();

        browser.executeScript("window.scrollTo(0, 0)");
        Path shot = Path.of("target/service-page.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("lexfed.regenerate")) {
            Files.copy(shot, Path.of("docs/service-page.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
