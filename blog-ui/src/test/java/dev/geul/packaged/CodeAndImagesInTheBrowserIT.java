package dev.geul.packaged;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A post with photos and code, read in a real browser under the reader pages' script policy: the code gets its
 * colours from the blog's own highlighter, and every photo's box is there before the photo is.
 */
class CodeAndImagesInTheBrowserIT {

    static final String ADMIN_PASSWORD = "code-admin-pw";
    /** Runs before any page script: every refusal of the script policy is counted. */
    static final String POLICY_WATCH = """
            document.addEventListener('securitypolicyviolation', (e) => {
              const seen = JSON.parse(sessionStorage.getItem('violations') || '[]');
              seen.push(e.violatedDirective + ' ' + e.blockedURI);
              sessionStorage.setItem('violations', JSON.stringify(seen));
            });
            """;

    static Path workDir;
    static PackagedApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed at " + HeadlessChromium.CHROMIUM);
        workDir = Files.createTempDirectory("geul-code");
        app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString()));
        browser = HeadlessChromium.start(workDir);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", POLICY_WATCH));
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
    void code_is_coloured_by_the_blogs_highlighter_and_photos_keep_their_place() throws Exception {
        String photo = upload(TestImages.image("png", 1200, 800));
        String body = "<p><img src=\\\"" + photo + "\\\" alt=\\\"표지\\\"></p>"
                + "<pre><code class=\\\"language-java\\\">public final class Hello { int answer = 42; }</code></pre>"
                + "<pre><code class=\\\"language-docker\\\">FROM debian\\nRUN ls</code></pre>"
                + "<pre><code class=\\\"language-klingon\\\">qapla' batlh</code></pre>"
                + "<p>" + "긴 글. ".repeat(3000) + "</p><p><img src=\\\"" + photo + "\\\" alt=\\\"아래 사진\\\"></p>";
        var created = app.send(HttpRequest.newBuilder(app.uri("/api/posts")).header("Authorization", admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"코드 읽기\",\"contentHtml\":\"" + body
                        + "\",\"status\":\"published\"}", StandardCharsets.UTF_8)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher slug = Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(created.body());
        assertThat(slug.find()).isTrue();

        browser.get(app.baseUrl() + "/posts/" + URLEncoder.encode(slug.group(1), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return document.querySelectorAll('pre code.hljs').length === 2"));

        Object keyword = browser.executeScript("""
                const code = document.querySelector('code.language-java');
                const keyword = code.querySelector('.hljs-keyword');
                return [keyword.textContent, getComputedStyle(keyword).color !== getComputedStyle(code).color];""");
        assertThat(keyword).isEqualTo(List.of("public", true));
        assertThat(browser.executeScript("return document.querySelector('code.language-docker .hljs-keyword')"
                + ".textContent")).as("a language fetched when a page first needs it").isEqualTo("FROM");
        assertThat(browser.executeScript("return document.querySelector('code.language-klingon').innerHTML"))
                .as("a language the highlighter does not know stays as written").isEqualTo("qapla' batlh");
        // the photo far below is not loaded yet, and its box is already as high as the photo will be
        Object boxes = browser.executeScript("""
                return [...document.querySelectorAll('.post-body img')].map(image => {
                  const box = image.getBoundingClientRect();
                  return [image.loading, image.complete, box.height > 0 && Math.abs(box.height - box.width * 800 / 1200) < 2];
                });""");
        assertThat(boxes).isEqualTo(List.of(List.of("auto", true, true), List.of("lazy", false, true)));
        assertThat(browser.executeScript("return sessionStorage.getItem('violations')")).isNull();
    }

    private static String upload(byte[] image) throws Exception {
        var uploaded = app.send(HttpRequest.newBuilder(app.uri("/api/media")).header("Authorization", admin())
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(image)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        Matcher path = Pattern.compile("\"path\":\"([^\"]+)\"").matcher(uploaded.body());
        assertThat(path.find()).isTrue();
        return path.group(1);
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
