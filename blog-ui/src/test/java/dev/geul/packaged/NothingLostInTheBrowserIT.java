package dev.geul.packaged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words typed just before the server went away are not lost: the editor keeps every change in the browser until
 * the server has it, and when the writer opens the post again after the restart (and signs in again), the
 * browser's text is offered with what it changes, and taken up only when the writer says so. The same holds for
 * Markdown typed in place of the rich text, which the browser keeps as it is typed.
 */
class NothingLostInTheBrowserIT {

    static final String ADMIN_PASSWORD = "nothing-lost-pw";

    static Path workDir;
    static Map<String, String> environment;
    static PackagedApp app;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        MachineRequirements.requireChromium();
        workDir = Files.createTempDirectory("geul-nothing-lost");
        environment = Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD, "BLOG_DATA_DIR",
                workDir.resolve("data").toString());
        app = PackagedApp.start(workDir, environment);
        browser = HeadlessChromium.start(workDir, "--lang=en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void text_typed_before_the_server_was_killed_is_offered_after_the_restart_and_saved_when_taken_up()
            throws Exception {
        signIn();
        browser.get(app.baseUrl() + "/admin/posts/new");
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("geul-editor .tiptap")));
        browser.findElement(By.cssSelector("vaadin-text-field.geul-editor-title input")).sendKeys("잃지 않는 글");
        text.click();
        text.sendKeys("첫 문장은 저장되었다.");
        wait.until(ExpectedConditions.textMatches(By.id("editor-status"), Pattern.compile("Saved at .*")));
        String editorUrl = browser.getCurrentUrl();
        assertThat(editorUrl).matches(".*/admin/posts/\\d+");

        // typing goes on, and the server dies before its next autosave
        text.sendKeys(" 저장되기 전에 쓴 떡볶이 이야기");
        Thread.sleep(800);
        WebElement offer = restartAndOpenAgain(editorUrl);
        assertThat(offer.getText()).contains("not saved yet").contains("떡볶이");
        assertThat(browser.findElement(By.cssSelector("geul-editor .tiptap")).getText())
                .as("nothing is applied without asking").doesNotContain("떡볶이");

        offer.findElement(By.xpath(".//vaadin-button[normalize-space()='Bring it back']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("geul-editor .tiptap"), "떡볶이"));
        wait.until(ExpectedConditions.textMatches(By.id("editor-status"), Pattern.compile("Saved at .*")));

        // the server has it now: opened again, the post holds every word and nothing is offered
        browser.get(editorUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("geul-editor .tiptap"),
                "저장되기 전에 쓴 떡볶이 이야기"));
        Thread.sleep(1000);
        assertThat(browser.findElements(By.id("editor-local-copy"))).isEmpty();
    }

    @Test
    void markdown_typed_before_the_server_was_killed_is_offered_after_the_restart_as_the_text_it_stands_for()
            throws Exception {
        signIn();
        browser.get(app.baseUrl() + "/admin/posts/new");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("geul-editor .tiptap")));
        browser.findElement(By.cssSelector("vaadin-text-field.geul-editor-title input")).sendKeys("마크다운으로 쓴 글");
        browser.findElement(By.xpath("//vaadin-checkbox[normalize-space()='Write in Markdown']")).click();
        WebElement markdown = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-text-area.geul-editor-markdown textarea")));
        markdown.sendKeys("첫 문단은 저장되었다.");
        wait.until(ExpectedConditions.textMatches(By.id("editor-status"), Pattern.compile("Saved at .*")));
        String editorUrl = browser.getCurrentUrl();
        assertThat(editorUrl).matches(".*/admin/posts/\\d+");

        // a heading typed, and the server dies before the text area has even sent it
        markdown.sendKeys(Keys.ENTER, Keys.ENTER, "## 김치찌개 끓이는 법");
        Thread.sleep(400);
        WebElement offer = restartAndOpenAgain(editorUrl);
        assertThat(offer.getText()).contains("not saved yet").contains("김치찌개 끓이는 법");

        offer.findElement(By.xpath(".//vaadin-button[normalize-space()='Bring it back']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("geul-editor .tiptap h2"),
                "김치찌개 끓이는 법"));
        wait.until(ExpectedConditions.textMatches(By.id("editor-status"), Pattern.compile("Saved at .*")));

        browser.get(editorUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("geul-editor .tiptap"),
                "첫 문단은 저장되었다."));
        assertThat(browser.findElement(By.cssSelector("geul-editor .tiptap h2")).getText()).isEqualTo("김치찌개 끓이는 법");
        Thread.sleep(1000);
        assertThat(browser.findElements(By.id("editor-local-copy"))).isEmpty();
    }

    /**
     * Kills the server and starts it again on its port; the session is gone with it, so the writer signs in again
     * and opens the post. Returns the offer of the browser's copy.
     */
    private static WebElement restartAndOpenAgain(String editorUrl) throws Exception {
        int port = app.port();
        app.kill();
        app = PackagedApp.startOnPort(workDir, environment, port);
        signIn();
        browser.get(editorUrl);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-local-copy")));
    }

    private static void signIn() {
        browser.get(app.baseUrl() + "/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
