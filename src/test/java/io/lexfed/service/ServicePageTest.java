package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code GET /}, end to end in headless Debian Chromium: a person describes the situation
 * (who, what, state, locality, date), answers fact questions one at a time (with "don't know", back
 * and undo, and by keyboard) until the outcome is settled, and reads the determination in plain
 * language with its citations; axe-core finds no serious or critical accessibility violation on the
 * way. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} ({@code apt-get install
 * chromium chromium-driver}; {@code .ci/run} installs them) and axe-core, which the {@code browser}
 * profile installs with npm into {@code target/npm}. Leaves a screenshot in
 * {@code target/service-page.png}, and in {@code docs/service-page.png} with
 * {@code -Dlexfed.regenerate=true}.
 */
class ServicePageTest {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    /** A fact path such as federalAction.forceUsed, or a rule id such as supremacy-immunity/01-no-state-arrest. */
    static final Pattern RAW_ID = Pattern.compile("\\b[a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*[A-Z][a-zA-Z0-9]*\\b|\\b[a-z0-9]+(-[a-z0-9]+)+/\\d\\d-");
    static DecisionService service;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM.canExecute()).as("the page test needs Debian's chromium: apt-get install -y chromium chromium-driver").isTrue();
        assertThat(CHROMEDRIVER.canExecute()).as("the page test needs Debian's chromium-driver: apt-get install -y chromium chromium-driver").isTrue();
        assertThat(AXE).as("the page test needs axe-core: run it with -Pbrowser, which installs it with npm").isRegularFile();
        service = DecisionService.start("127.0.0.1", 0);
        Path profile = Files.createTempDirectory("lexfed-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1200,1800", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
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

    /** The page has answered its latest request and lists {@code answers} answers. */
    static boolean settled(WebDriver d, int answers) {
        return Boolean.FALSE.equals(((ChromeDriver) d).executeScript("return window.lexfedBusy"))
                && d.findElements(By.cssSelector("#answers li")).size() == answers;
    }

    static String question() {
        return browser.findElement(By.id("question")).getText();
    }

    static WebElement choice(String value) {
        return browser.findElement(By.cssSelector("#choices button[data-value='" + value + "']"));
    }

    /** Clicks {@code button} and waits for the page to show {@code answers} answers and whatever comes next. */
    static void clickAndWait(WebElement button, int answers) {
        button.click();
        wait.until(d -> settled(d, answers));
    }

    /** A new question has the focus and is announced in the live region. */
    static void assertAsked() {
        String q = question();
        assertThat(q).isNotBlank().doesNotContainPattern(RAW_ID);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("question");
        wait.until(d -> d.findElement(By.id("announce")).getAttribute("textContent").endsWith(q));
        assertThat(browser.findElement(By.id("announce")).getAttribute("aria-live")).isEqualTo("polite");
        List<String> offered = browser.findElements(By.cssSelector("#choices button")).stream().map(WebElement::getText).toList();
        assertThat(offered).as("every question offers don't know").contains("Don't know");
        assertThat(offered).as("the choices name values, not the outcome each would give")
                .noneMatch(t -> t.contains("→") || t.matches(".*(PROHIBITED|PERMITTED|CONDITIONAL).*"));
    }

    /** axe-core, injected into the page as it stands, finds no serious or critical violation. */
    @SuppressWarnings("unchecked")
    static void assertAccessible(String when) throws Exception {
        browser.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object found = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', help: String(e)}]));");
        assertThat((List<Map<String, Object>>) found).as("serious or critical accessibility violations " + when).isEmpty();
    }

    /**
     * Opens the page and starts the interview for local police who propose to arrest a federal agent
     * in {@code locality}, MN, on 2026-01-10, checking the start form's accessibility first if asked.
     */
    static void begin(String locality, boolean checkAccessibility) throws Exception {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.get(service.uri().toString());
        wait.until(d -> new Select(d.findElement(By.id("action"))).getOptions().size() > 1
                && new Select(d.findElement(By.id("state"))).getOptions().size() > 50);
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("not legal advice");
        if (checkAccessibility) {
            assertAccessible("on the start form");
        }
        new Select(browser.findElement(By.id("actor"))).selectByValue("LOCAL_POLICE");
        new Select(browser.findElement(By.id("action"))).selectByValue("ARREST_FEDERAL_AGENT");
        new Select(browser.findElement(By.id("state"))).selectByValue("MN");
        browser.findElement(By.id("locality")).sendKeys(locality);
        browser.executeScript("document.getElementById('date').value = '2026-01-10'");
        browser.findElement(By.id("begin")).click();
        wait.until(d -> settled(d, 0) && d.findElement(By.id("question-box")).isDisplayed());
    }

    @Test
    void aPersonAnswersFactsOneAtATimeUntilTheOutcomeIsSettled() throws Exception {
        begin("Minneapolis", true);
        assertThat(new Select(browser.findElement(By.id("action"))).getFirstSelectedOption().getText()).isEqualTo("Arrest federal agent");

        // the engine asks facts: first whether a state crime is alleged, never whether the agent acted within federal authority
        assertAsked();
        String first = question();
        assertThat(first).isEqualTo("Is the agent's conduct alleged to be a crime under state law?");
        assertThat(browser.findElement(By.id("outcome")).getAttribute("data-outcome")).isEqualTo("CONDITIONAL");
        assertThat(browser.findElement(By.id("headline")).getText()).contains("in Minneapolis, MN on 2026-01-10");
        assertThat(browser.findElement(By.id("back")).isEnabled()).isFalse();
        assertAccessible("with a question asked");

        // don't know, then back: the same question again, and no answer
        clickAndWait(choice("UNKNOWN"), 1);
        assertAsked();
        assertThat(question()).isNotEqualTo(first);
        assertThat(browser.findElement(By.cssSelector("#answers li")).getText()).contains(first).contains("Don't know");
        clickAndWait(browser.findElement(By.id("back")), 0);
        assertThat(question()).isEqualTo(first);

        // don't know again, by keyboard: the focus is on the question; tab to the choices and press the last one
        WebElement focused = browser.switchTo().activeElement();
        int buttons = browser.findElements(By.cssSelector("#choices button")).size();
        for (int i = 0; i < buttons; i++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.getText()).isEqualTo("Don't know");
        focused.sendKeys(Keys.ENTER);
        wait.until(d -> settled(d, 1));
        assertAsked();

        // then yes to each yes-or-no question and the first choice otherwise, until no question is left
        int answered = 1;
        while (browser.findElement(By.id("question-box")).isDisplayed()) {
            assertThat(answered).as("the interview settles within a bounded number of questions").isLessThan(12);
            List<WebElement> yes = browser.findElements(By.cssSelector("#choices button[data-value='YES']"));
            clickAndWait(yes.isEmpty() ? browser.findElements(By.cssSelector("#choices button")).get(0) : yes.get(0), ++answered);
            if (browser.findElement(By.id("question-box")).isDisplayed()) {
                assertAsked();
            }
        }
        assertThat(answered).isGreaterThan(2);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("result-heading");
        WebElement outcome = browser.findElement(By.id("outcome"));
        assertThat(outcome.getAttribute("data-outcome")).isEqualTo("PROHIBITED");
        assertThat(outcome.getText()).isEqualTo("Prohibited");
        wait.until(d -> d.findElement(By.id("announce")).getAttribute("textContent").startsWith("Determination: Prohibited"));
        assertThat(browser.findElement(By.id("result-title")).getText()).isEqualTo("Determination");

        List<String> parts = browser.findElements(By.cssSelector("#parts h3")).stream().map(WebElement::getText).toList();
        assertThat(parts).contains("Why", "Exposure to liability", "Arguments set aside", "What LexFed took as given",
                "Presumptions", "Context", "Authorities cited");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("not legal advice");
        WebElement supremacy = browser.findElement(By.xpath("//section[@id='citations']//a[text()='U.S. Const. art. VI, cl. 2']"));
        assertThat(supremacy.getAttribute("href")).startsWith("https://constitution.congress.gov/");
        assertThat(browser.findElements(By.cssSelector("#citations a")))
                .extracting(a -> a.getAttribute("href")).allMatch(href -> href.startsWith("https://"));
        browser.findElement(By.cssSelector("#map-details summary")).click();
        assertThat(browser.findElements(By.cssSelector("#map tbody tr"))).isNotEmpty();
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).as("no fact path or rule id on the page").doesNotContainPattern(RAW_ID);
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
        assertAccessible("with the determination shown");

        browser.executeScript("window.scrollTo(0, 0)");
        Path shot = Path.of("target/service-page.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("lexfed.regenerate")) {
            Files.copy(shot, Path.of("docs/service-page.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        // undo the answer that settled it: the question comes back, and the outcome is open again
        List<WebElement> undos = browser.findElements(By.cssSelector("#answers button.undo"));
        clickAndWait(undos.get(undos.size() - 1), answered - 1);
        assertAsked();
        assertThat(browser.findElement(By.id("outcome")).getAttribute("data-outcome")).isEqualTo("CONDITIONAL");
        assertThat(browser.findElement(By.id("result-title")).getText()).isEqualTo("So far");
    }

    @Test
    void dontKnowToEveryQuestionEndsWithWhatTheOutcomeTurnsOn() throws Exception {
        begin("Minneapolis", false);
        List<String> asked = new java.util.ArrayList<>();
        while (browser.findElement(By.id("question-box")).isDisplayed()) {
            assertThat(asked).as("each fact is asked once").doesNotContain(question()).hasSizeLessThan(30);
            asked.add(question());
            clickAndWait(choice("UNKNOWN"), asked.size());
        }
        assertThat(browser.findElement(By.id("outcome")).getAttribute("data-outcome")).isEqualTo("CONDITIONAL");
        assertThat(browser.findElement(By.id("result-title")).getText()).isEqualTo("Determination");
        wait.until(d -> d.findElement(By.id("announce")).getAttribute("textContent")
                .equals("Determination: Depends on facts not yet known. Every question left is one you answered don't know."));
        List<String> turnsOn = browser.findElements(By.xpath("//section[h3='What it turns on']//li")).stream().map(WebElement::getText).toList();
        assertThat(turnsOn).hasSize(asked.size()).allMatch(t -> t.endsWith("(you answered: don't know)"));
        assertThat(turnsOn).anyMatch(t -> t.startsWith(asked.get(0)));
    }

    @Test
    void aLocalityLexFedDoesNotKnowIsCautionedAndACountIsAnsweredWithANumber() throws Exception {
        begin("Nowhere Town", false);
        String caution = browser.findElement(By.xpath("//section[h3='Cautions']//li")).getText();
        assertThat(caution).contains("\"Nowhere Town\" is not in the knowledge base for MN").doesNotContain("(localPolicy)");
        // the engine presumes a hold lasts no longer than the detainer asks, so no scenario here asks for the hours;
        // the page is handed that question as the service would send it
        browser.executeScript("renderQuestion({fact: 'detainer.hoursPastRelease', question: 'How many hours past release would the hold last?',"
                + " doctrines: ['detainers'], alternatives: [{value: '24', outcome: 'PERMITTED'}, {value: '72', outcome: 'PROHIBITED'}]})");
        assertThat(browser.findElement(By.cssSelector("label[for='count-answer']")).getText()).isEqualTo("Number");
        assertThat(browser.findElements(By.cssSelector("#choices button"))).extracting(WebElement::getText).containsExactly("Answer", "Don't know");
        browser.findElement(By.id("count-answer")).sendKeys("50");
        clickAndWait(browser.findElement(By.xpath("//div[@id='choices']/button[text()='Answer']")), 1);
        assertThat(browser.findElement(By.cssSelector("#answers li")).getText()).startsWith("How many hours past release would the hold last? 50");
        assertThat(browser.executeScript("return scenario().detainer.hoursPastRelease")).isEqualTo(50L);
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    }

    @Test
    void aRefusalIsShownInPlainWordsWhetherProblemDetailsOrTheOlderErrorBody() {
        browser.get(service.uri().toString());
        wait.until(d -> new Select(d.findElement(By.id("action"))).getOptions().size() > 1);
        Object shown = browser.executeScript("return [refusal(400, {type: 'about:blank', title: 'Bad scenario', status: 400, detail: 'unknown state ZZ'}),"
                + " refusal(400, {error: {status: 400, kind: 'BAD_INPUT', path: '$.federalAction.warrant', message: 'not a warrant'}}),"
                + " refusal(502, null)];");
        assertThat(shown).isEqualTo(List.of("Bad scenario: unknown state ZZ",
                "not a warrant (What paper do the agents hold: no warrant, an administrative warrant signed by an immigration officer"
                        + " (Form I-200 or I-205), or a warrant signed by a judge?)",
                "The service answered HTTP 502."));
        // and the service's own refusal of a bad scenario, whichever body it sends
        Object real = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "call('v1/next-question', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({actor: 'LOCAL_POLICE', action: 'HONOR_DETAINER', detainer: {warrant: 'SIGNED_BY_A_FRIEND'}})})"
                + ".then(() => done('accepted'), e => done(e.message));");
        assertThat((String) real).isNotBlank().isNotEqualTo("accepted").doesNotContain("$.").doesNotStartWith("The service answered HTTP");
    }
}
