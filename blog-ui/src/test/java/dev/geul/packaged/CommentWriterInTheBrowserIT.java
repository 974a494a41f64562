package dev.geul.packaged;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment writer as a reader meets it, in Chromium against the packaged jar: the post page comes with the plain
 * form and no app; the moment the reader starts to write, the Vaadin writer takes the form's place with what was
 * typed already; a refusal is said beside its field in Korean without losing a word; the saved comment is on the
 * page the reader comes back to. The page itself keeps its strict script policy throughout.
 */
class CommentWriterInTheBrowserIT {

    static final String ADMIN_PASSWORD = "writer-admin-pw";
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Path workDir;
    static PackagedApp app;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        MachineRequirements.requireChromium();
        workDir = Files.createTempDirectory("geul-writer");
        app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString(), "BLOG_COMMENT_RATE_LIMIT", "false"));
        browser = HeadlessChromium.start(workDir, "--lang=ko-KR");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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
    void a_reader_writes_in_the_vaadin_writer_loaded_when_they_start_and_loses_nothing_to_a_refusal()
            throws Exception {
        String slug = java.net.URLEncoder.encode(publish("웹 컴포넌트로 받는 댓글", "<p>댓글을 기다립니다.</p>"),
                StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> page = app.get("/posts/" + slug);
        assertThat(page.headers().allValues("Content-Security-Policy"))
                .as("the reader page allows no script but the blog's own files")
                .anySatisfy(policy -> assertThat(policy).startsWith("script-src 'self';"));

        browser.get(app.baseUrl() + "/posts/" + slug);
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("comment-name")));
        assertThat(browser.findElements(By.cssSelector("iframe.comment-writer")))
                .as("nothing of the writer loads for a reader who only reads").isEmpty();
        assertThat(browser.manage().getCookies()).as("a reader who only reads has no session").isEmpty();

        // the reader starts with the plain form; the writer comes and takes over what they typed
        name.sendKeys("웹 독자");
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("iframe.comment-writer")));
        assertThat(browser.findElement(By.id("comment-form")).isDisplayed()).isFalse();
        browser.switchTo().frame(frame);
        SearchContext writer = wait.until(driver -> driver.findElement(By.tagName("geul-comment-writer"))
                .getShadowRoot());
        assertThat(field(writer, "writer-name").getAttribute("value")).isEqualTo("웹 독자");

        // a password too short: said beside the password, in Korean, and the text stays
        field(writer, "writer-password").sendKeys("pw");
        WebElement body = writer.findElement(By.cssSelector("#writer-body textarea"));
        body.sendKeys("프레임 안에서 쓴 첫 댓글입니다.");
        writer.findElement(By.id("writer-submit")).click();
        wait.until(driver -> "true".equals(writer.findElement(By.id("writer-password")).getAttribute("invalid")));
        assertThat(writer.findElement(By.id("writer-password")).getAttribute("errorMessage")).contains("4자");
        assertThat(body.getAttribute("value")).isEqualTo("프레임 안에서 쓴 첫 댓글입니다.");
        assertThat(writer.findElement(By.id("writer-body")).getAttribute("helperText")).contains("/ 5,000자");

        // fixed, sent: the reader is back on the post, with the comment in its thread
        field(writer, "writer-password").sendKeys("-long-enough");
        sendAndComeBack(writer);
        WebElement thread = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comments")));
        assertThat(thread.getText()).contains("프레임 안에서 쓴 첫 댓글입니다.", "웹 독자");
        assertThat(((JavascriptExecutor) browser).executeScript("return localStorage.getItem('geul.commenter')"))
                .as("the name is remembered for the next comment").isEqualTo("웹 독자");

        // a reply: the writer knows whom it answers
        String replyLink = browser.findElement(By.cssSelector(".comment-tools a")).getAttribute("href");
        browser.get(replyLink);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("comment-body"))).click();
        frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.comment-writer")));
        assertThat(browser.findElement(By.cssSelector(".replying")).isDisplayed())
                .as("whom the reply is to stays in sight").isTrue();
        browser.switchTo().frame(frame);
        SearchContext replying = wait.until(driver -> driver.findElement(By.tagName("geul-comment-writer"))
                .getShadowRoot());
        assertThat(field(replying, "writer-name").getAttribute("value")).as("the remembered name").isEqualTo("웹 독자");
        field(replying, "writer-password").sendKeys("reply-pw");
        replying.findElement(By.cssSelector("#writer-body textarea")).sendKeys("답글도 프레임에서 씁니다.");
        sendAndComeBack(replying);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@class='replies']//div[contains(@class,'comment-body')][contains(., '답글도 프레임에서 씁니다.')]")));

        // the guest changes their first comment: a wrong password is said beside it, the new text stays
        browser.get(browser.findElement(By.cssSelector("#comments a[rel='nofollow']")).getAttribute("href"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form.comment-manage textarea"))).click();
        frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.comment-writer")));
        browser.switchTo().frame(frame);
        SearchContext managing = wait.until(driver -> driver.findElement(By.tagName("geul-comment-writer"))
                .getShadowRoot());
        WebElement text = managing.findElement(By.cssSelector("#writer-body textarea"));
        assertThat(text.getAttribute("value")).as("the comment's text, handed over").isEqualTo("프레임 안에서 쓴 첫 댓글입니다.");
        text.sendKeys(" 고쳐 씁니다.");
        field(managing, "writer-password").sendKeys("wrong-password");
        managing.findElement(By.id("writer-save")).click();
        wait.until(driver -> "true".equals(managing.findElement(By.id("writer-password")).getAttribute("invalid")));
        assertThat(managing.findElement(By.id("writer-password")).getAttribute("errorMessage"))
                .isEqualTo("댓글 비밀번호가 맞지 않습니다.");
        assertThat(text.getAttribute("value")).isEqualTo("프레임 안에서 쓴 첫 댓글입니다. 고쳐 씁니다.");
        field(managing, "writer-password").clear();
        field(managing, "writer-password").sendKeys("pw-long-enough");
        sendAndComeBack(managing, By.id("writer-save"));
        assertThat(browser.getCurrentUrl()).contains("comment=edited");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comments"))).getText())
                .contains("프레임 안에서 쓴 첫 댓글입니다. 고쳐 씁니다.");
    }

    /** Sends what the writer holds; the reader is taken back to the post, or the test says what was refused. */
    private static void sendAndComeBack(SearchContext writer) {
        sendAndComeBack(writer, By.id("writer-submit"));
    }

    private static void sendAndComeBack(SearchContext writer, By button) {
        String before = browser.executeScript("return window.parent.location.href").toString();
        writer.findElement(button).click();
        browser.switchTo().defaultContent();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl().equals(before)
                    && driver.getCurrentUrl().contains("comment="));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.comment-writer")));
            Object said = browser.executeScript("""
                    const s = document.querySelector('geul-comment-writer').shadowRoot;
                    return s.querySelector('.refusal').textContent + ' | ' + [...s.querySelectorAll('[invalid]')]
                        .map(f => f.id + ': ' + f.errorMessage + ' (value ' + f.value + ')').join('; ');""");
            throw new AssertionError("the writer did not send the comment: " + said, e);
        }
    }

    private static WebElement field(SearchContext writer, String id) {
        return writer.findElement(By.cssSelector("#" + id + " input"));
    }

    private static String publish(String title, String html) throws Exception {
        HttpResponse<String> created = app.send(HttpRequest.newBuilder(app.uri("/api/posts"))
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("title", title, "contentHtml", html, "status", "published")))));
        assertThat(created.statusCode()).as(created.body()).isBetween(200, 201);
        return JSON.readTree(created.body()).get("slug").asString();
    }
}
