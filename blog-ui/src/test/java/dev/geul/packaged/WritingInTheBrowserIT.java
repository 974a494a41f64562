package dev.geul.packaged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path a writer and a reader take, in a real browser (Debian's Chromium) against the packaged jar:
 * sign in, write a Korean post with a bold word in the TipTap editor, publish it, find it on the home page,
 * comment on it as a guest, and find it with the search.
 */
class WritingInTheBrowserIT {

    static final String ADMIN_PASSWORD = "browser-admin-pw";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Path workDir;
    static PackagedApp app;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        MachineRequirements.requireChromium();
        workDir = Files.createTempDirectory("geul-browser");
        app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString(), "BLOG_TITLE", "geul 블로그",
                // the search box's words follow new posts within a second
                "GEUL_SEARCH_VOCABULARY_REFRESH", "PT1S"));
        browser = HeadlessChromium.start(workDir, "--lang=en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
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
    void a_writer_publishes_a_korean_post_with_a_bold_word_and_a_guest_comments_on_it() throws Exception {
        // sign in
        browser.get(app.baseUrl() + "/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        // write
        browser.get(app.baseUrl() + "/admin/posts/new");
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("geul-editor .tiptap")));
        WebElement title = browser.findElement(By.cssSelector("vaadin-text-field.geul-editor-title input"));
        title.sendKeys("처음 쓰는 글");
        text.click();
        text.sendKeys("오늘은 ");
        browser.findElement(By.cssSelector("geul-editor button[data-command='bold']")).click();
        text.sendKeys("굵은");
        browser.findElement(By.cssSelector("geul-editor button[data-command='bold']")).click();
        text.sendKeys(" 하루였다.");
        assertThat(text.findElement(By.tagName("strong")).getText()).isEqualTo("굵은");
        // an image picked from the computer is uploaded, checked and put into the text
        Path picture = workDir.resolve("사진.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 32,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", picture.toFile());
        WebElement picker = browser.findElement(By.cssSelector("geul-editor input[type='file']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].hidden = false", picker);
        picker.sendKeys(picture.toAbsolutePath().toString());
        WebElement uploaded = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("geul-editor .tiptap img[src^='/media/']")));
        assertThat(uploaded.getAttribute("src")).matches(".*/media/\\d{4}/\\d{2}/[0-9a-f]{32}\\.png");
        wait.until(ExpectedConditions.textToBe(By.id("editor-status"), "Unsaved changes…"));
        // autosave: a few seconds after typing stops, without pressing anything
        wait.until(ExpectedConditions.textMatches(By.id("editor-status"), java.util.regex.Pattern.compile("Saved at .*")));
        assertThat(browser.getCurrentUrl()).matches(".*/admin/posts/\\d+");
        screenshot("editor");

        button("Publish").click();
        wait.until(ExpectedConditions.textMatches(By.id("editor-status"), java.util.regex.Pattern.compile("Published.*")));

        // the home page shows it, as a guest sees it
        browser.manage().deleteAllCookies();
        browser.get(app.baseUrl() + "/");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("처음 쓰는 글")));
        assertThat(browser.findElement(By.cssSelector(".post-card")).getText()).contains("오늘은 굵은 하루였다.");
        screenshot("home");
        link.click();

        // the post, with its bold word, and a guest's comment
        WebElement bold = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".post-body strong")));
        assertThat(bold.getText()).isEqualTo("굵은");
        WebElement shown = browser.findElement(By.cssSelector(".post-body img"));
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", shown)).intValue() == 64);
        // the plain form under the post: no app loads for it until the reader starts to write
        assertThat(browser.findElements(By.cssSelector("script[src*='VAADIN']"))).isEmpty();
        browser.findElement(By.id("comment-name")).sendKeys("지나가던 손님");
        // starting to write brings the comment writer, which carries on with what was typed
        browser.switchTo().frame(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("iframe.comment-writer"))));
        org.openqa.selenium.SearchContext writer = wait.until(driver -> driver.findElement(
                By.tagName("geul-comment-writer")).getShadowRoot());
        assertThat(writer.findElement(By.cssSelector("#writer-name input")).getAttribute("value"))
                .isEqualTo("지나가던 손님");
        writer.findElement(By.cssSelector("#writer-password input")).sendKeys("guest-pw-1");
        writer.findElement(By.cssSelector("#writer-body textarea")).sendKeys("잘 읽었습니다!");
        writer.findElement(By.id("writer-submit")).click();
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'comment-body')][contains(., '잘 읽었습니다!')]")));
        assertThat(browser.findElement(By.id("comments")).getText()).contains("지나가던 손님");
        screenshot("post");

        // and a reader finds it by a word of its text, typed without the ending it has there (하루였다)
        browser.get(app.baseUrl() + "/search?q=" + java.net.URLEncoder.encode("하루", java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("처음 쓰는 글")));
        assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("하루");
        screenshot("search");

        // the header's search box is a plain form
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.clear();
        box.sendKeys("굵은", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q=" + java.net.URLEncoder.encode("굵은",
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='" + text + "']")));
    }

    private void screenshot(String name) throws Exception {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

}
