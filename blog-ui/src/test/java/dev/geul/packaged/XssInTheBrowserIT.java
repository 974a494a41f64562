package dev.geul.packaged;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared XSS payload, imported as post text, titles, comments and commenters' names, then read by a real
 * browser: not one alert, prompt or confirm may fire, and no script or event handler may reach the page.
 */
class XssInTheBrowserIT {

    static final String ADMIN_PASSWORD = "xss-admin-pw";
    static final int VECTORS_PER_POST = 40;
    /** Runs before any page script: every dialog a payload opens is counted instead of shown. */
    static final String DIALOG_HOOK = """
            (() => {
              const count = () => sessionStorage.setItem('dialogs', String(Number(sessionStorage.getItem('dialogs') || 0) + 1));
              for (const name of ['alert', 'prompt', 'confirm', 'print']) {
                Object.defineProperty(window, name, { value: () => { count(); return null; }, writable: false });
              }
            })();
            """;

    static Path workDir;
    static PackagedApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        MachineRequirements.requireChromium();
        workDir = Files.createTempDirectory("geul-xss");
        app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString(), "BLOG_COMMENT_RATE_LIMIT", "false"));
        browser = HeadlessChromium.start(workDir);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_HOOK));
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
    void no_payload_runs_in_a_readers_browser() throws Exception {
        List<String> vectors = SharedData.xssVectors();
        var imported = app.send(HttpRequest.newBuilder(app.uri("/api/import/wxr"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(wxrHolding(vectors), StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        List<String> pages = new ArrayList<>(List.of("/", "/?page=2", "/search?q=xss"));
        Matcher slug = Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(app.get("/api/posts?size=50").body());
        while (slug.find()) {
            pages.add("/posts/" + URLEncoder.encode(slug.group(1), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        assertThat(pages).as("every imported post is listed").hasSizeGreaterThanOrEqualTo(3 + vectors.size() / VECTORS_PER_POST);

        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(app.baseUrl() + page);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> ((JavascriptExecutor) driver)
                    .executeScript("return document.readyState === 'complete' && !!document.querySelector('main *')"));
            Thread.sleep(500);
            Object active = browser.executeScript("""
                    const inContent = document.querySelectorAll('main script, main iframe, main object, main embed, main svg');
                    const handlers = [...document.querySelectorAll('main *')].filter(e =>
                        [...e.attributes].some(a => a.name.startsWith('on') || /^\\s*(javascript|data|vbscript):/i.test(a.value)));
                    return inContent.length + handlers.length;""");
            Object dialogs = browser.executeScript("return Number(sessionStorage.getItem('dialogs') || 0)");
            if (((Number) active).longValue() > 0 || ((Number) dialogs).longValue() > 0) {
                problems.add(page + ": " + active + " active elements, " + dialogs + " dialogs");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A WordPress export whose posts hold the payloads in their text, titles and comments. */
    private static String wxrHolding(List<String> vectors) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>xss</title><link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version>
                <wp:author><wp:author_login><![CDATA[writer]]></wp:author_login><wp:author_display_name><![CDATA[Writer]]></wp:author_display_name></wp:author>
                """);
        int post = 0;
        for (int start = 0; start < vectors.size(); start += VECTORS_PER_POST) {
            post++;
            List<String> chunk = vectors.subList(start, Math.min(vectors.size(), start + VECTORS_PER_POST));
            xml.append("<item><title>").append(cdata("xss " + post + " " + chunk.getFirst())).append("</title>")
                    .append("<dc:creator>writer</dc:creator>")
                    .append("<content:encoded>").append(cdata("<p>xss " + post + "</p>" + String.join("\n", chunk)))
                    .append("</content:encoded><wp:post_id>").append(post).append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2024-01-").append(String.format("%02d", 1 + post % 28))
                    .append(" 10:00:00</wp:post_date_gmt><wp:post_name>xss-").append(post)
                    .append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>");
            int comment = 0;
            for (String vector : chunk) {
                comment++;
                xml.append("<wp:comment><wp:comment_id>").append(post * 1000 + comment).append("</wp:comment_id>")
                        .append("<wp:comment_author>").append(cdata(shorten(vector) + comment)).append("</wp:comment_author>")
                        .append("<wp:comment_date_gmt>2024-02-01 10:00:00</wp:comment_date_gmt>")
                        .append("<wp:comment_content>").append(cdata(vector)).append("</wp:comment_content>")
                        .append("<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>")
                        .append("<wp:comment_parent>0</wp:comment_parent></wp:comment>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String shorten(String vector) {
        return vector.length() > 40 ? vector.substring(0, 40) : vector;
    }

    private static String cdata(String text) {
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
        return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
