package dev.geul.packaged;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import dev.geul.base.html.HtmlOutline;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.testing.SharedData;
import dev.geul.testing.TistoryBackups;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tidying an old post loses nothing: every post a Tistory or WordPress backup brings in, and a post built with every
 * element the blog stores, is opened in the editor in a real browser; what the editor would save (as the server
 * cleans it) shows exactly what the post showed before. Then a word is added to posts with folds, figures and tables
 * and saved: only that word changed.
 */
class EditorKeepsEverythingIT {

    static final String ADMIN_PASSWORD = "editor-admin-pw";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A post with every element and attribute the blog's sanitizer keeps. */
    static final String EVERY_ELEMENT = """
            <h1>제목 하나</h1><h2>둘</h2><h3>셋</h3><h4>넷</h4><h5>다섯</h5><h6>여섯</h6>
            <p>글머리 <b>b</b> <strong>strong</strong> <i>i</i> <em>em</em> <u>u</u> <s>s</s> <strike>strike</strike> \
            <del>del</del> <ins>ins</ins> <mark>mark</mark> <kbd>Ctrl</kbd> <samp>out</samp> <var>x</var> \
            <small>작게</small> H<sub>2</sub>O x<sup>2</sup> <cite>인용처</cite> <q cite="https://example.com/q">짧은 인용</q> \
            <code>code</code> <a href="https://example.com/a" title="제목"><code>링크된 코드</code></a> <span>span</span><br>다음 줄</p>
            그냥 놓인 글
            <details><summary>더보기</summary><p>접힌 글</p>접힌 채 놓인 글<details><summary>안쪽</summary>더 안쪽</details></details>
            <figure><img src="/media/2024/01/a.png" alt="사진" title="그림" width="640" height="480" align="left" loading="lazy"><figcaption>사진 <b>설명</b></figcaption></figure>
            <figure><a href="https://example.com/big"><img src="https://example.com/small.png"></a></figure>
            <p>글 속 <img src="/media/2024/01/b.png" alt="작은"> 그림</p>
            <table summary="요약" width="100%"><caption>표 제목</caption><colgroup span="2" width="50"><col span="1" width="30"><col></colgroup>\
            <thead><tr><th scope="col" abbr="이">이름</th><th>값</th></tr></thead>\
            <tbody><tr><td colspan="2" rowspan="1" width="10">가<br>나</td></tr><tr><td>&nbsp;</td><td></td></tr></tbody>\
            <tfoot><tr><td axis="합">합계</td><td><p>1</p><p>2</p></td></tr></tfoot></table>
            <pre><code class="language-java">class Hello {
                void run() {}
            }</code></pre>
            <pre class="language-sql">select 1;</pre>
            <pre>그냥   pre</pre>
            <blockquote cite="https://example.com/c"><p>인용</p>느슨한 인용</blockquote>
            <ul type="square"><li>하나</li><li><p>둘</p><ul><li>셋</li></ul></li><li></li></ul>
            <ol start="3" type="a"><li>가</li><li>나<ol><li>다</li></ol></li></ol>
            <dl><dt>용어</dt><dd>뜻</dd></dl>
            <div>나뉜 글<p>문단</p></div>
            <hr>
            <p>&nbsp;</p>
            """;

    static Path workDir;
    static PackagedApp app;
    static WebDriver browser;
    static WebDriverWait wait;
    static final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @BeforeAll
    static void start() throws Exception {
        MachineRequirements.requireChromium();
        workDir = Files.createTempDirectory("geul-editor-keeps");
        app = PackagedApp.start(workDir, Map.of("BLOG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BLOG_DATA_DIR", workDir.resolve("data").toString(), "BLOG_IMPORT_MEDIA_DOWNLOAD", "false"));
        importEverything();
        browser = HeadlessChromium.start(workDir, "--lang=en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app.baseUrl() + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("admin");
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
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

    static void importEverything() throws Exception {
        for (String wxr : List.of(SharedData.THEME_UNIT_TEST_WXR, "wordpress-importer/small-export.xml",
                "wordpress-importer/valid-wxr-1.1.xml", "wordpress-importer/slashes.xml",
                "wordpress-importer/crazy-cdata-escaped.xml")) {
            assertThat(post("/api/import/wxr", "application/xml",
                    Files.readAllBytes(SharedData.file(wxr))).statusCode()).as(wxr).isEqualTo(200);
        }
        assertThat(post("/api/import/tistory", "application/xml",
                Files.readAllBytes(SharedData.file("tistory/ttxml-rino0601-backup-file-for-test.xml"))).statusCode())
                .isEqualTo(200);
        assertThat(post("/api/import/tistory", "application/xml",
                TistoryBackups.ttxml().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        assertThat(post("/api/import/tistory", "application/xml", doorttsPostsAsTtxml().getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        Path zip = TistoryBackups.zip(workDir, TistoryBackups.htmlBackupFiles());
        assertThat(post("/api/import/tistory?posts=public", "application/zip", Files.readAllBytes(zip)).statusCode())
                .isEqualTo(200);
        String built = JSON.writeValueAsString(Map.of("title", "모든 요소", "contentHtml", EVERY_ELEMENT,
                "status", "published"));
        assertThat(post("/api/posts", "application/json", built.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(201);
    }

    /** The real Tistory posts of the shared data, as a backup parser read them (JSON), written back as TTXML. */
    static String doorttsPostsAsTtxml() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"
                + "<blog type=\"tattertools/1.1\" migrational=\"true\">");
        for (String name : List.of("tistory/doortts-post-01.js", "tistory/doortts-post-02.js")) {
            String source = SharedData.read(name).strip().replaceFirst("^export default", "").replaceFirst(";$", "");
            var post = JSON.readTree(source);
            xml.append("<post slogan=\"").append(xml(post.path("id").asString()))
                    .append("\" format=\"1.1\"><id>").append(post.path("id").asString())
                    .append("</id><visibility>public</visibility><title>")
                    .append(xml(post.path("title").asString()))
                    .append("</title><content>")
                    .append(xml(post.path("content").path("$text").asString()))
                    .append("</content><published>").append(post.path("published").asString("1353045099"))
                    .append("</published></post>");
        }
        return xml.append("</blog>").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void every_imported_post_opened_in_the_editor_keeps_everything_it_holds() {
        Map<Long, String> changed = new LinkedHashMap<>();
        List<Long> ids = postIds();
        assertThat(ids).hasSizeGreaterThan(90);
        for (long id : ids) {
            String[] sides = open(id);
            String stored = sides[0];
            String saved = sanitizer.sanitizePostHtml(sides[1]);
            if (!HtmlOutline.of(stored).equals(HtmlOutline.of(saved))) {
                changed.put(id, difference(HtmlOutline.of(stored), HtmlOutline.of(saved)));
            }
        }
        assertThat(changed).as("posts the editor would change by opening and saving them").isEmpty();
    }

    @Test
    void a_word_added_to_a_post_with_folds_figures_and_tables_is_the_only_change() throws InterruptedException {
        long id = idOfTitle("모든 요소");
        String before = open(id)[0];
        assertThat(before).contains("<details>", "<figure>", "<table", "<figcaption>", "<dl>", "<pre>");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('geul-editor')._editor.commands.focus('end')");
        WebElement text = browser.findElement(By.cssSelector("geul-editor .tiptap"));
        text.sendKeys("오타 수정");
        assertThat(html()).contains("오타 수정");
        assertThat(browser.findElement(By.id("editor-save")).getText()).isEqualTo("Update");
        // Ctrl+S is the update button's shortcut: the editor sends its text first, then asks to save
        text.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        // the save reaches the server, which then holds no unsaved change of this editor
        Thread.sleep(1_500);
        wait.until(driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver).executeScript(
                "const editor = document.querySelector('geul-editor'); return !!(editor.unsaved || editor._pending);")));
        // the server has it once the editor, opened again, shows it
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2))
                .until(driver -> open(id)[0].contains("오타 수정"));
        String after = open(id)[0];
        List<String> expected = new ArrayList<>(HtmlOutline.of(before));
        List<String> outline = HtmlOutline.of(after);
        assertThat(outline).hasSize(expected.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            if (!outline.get(i).equals(expected.get(i))) {
                differences.add(expected.get(i) + "  →  " + outline.get(i));
            }
        }
        assertThat(differences).singleElement().asString().contains("오타 수정");
    }

    @Test
    void a_link_is_checked_and_set_in_the_editor_and_a_code_block_gets_its_language() {
        browser.get(app.baseUrl() + "/admin/posts/new");
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("geul-editor .tiptap")));
        text.click();
        text.sendKeys("링크할 말");
        text.sendKeys(Keys.chord(Keys.SHIFT, Keys.HOME));
        browser.findElement(By.cssSelector("geul-editor button[data-command='link']")).click();
        WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("geul-editor .geul-editor-link input[type='url']")));
        address.sendKeys("javascript:alert(1)", Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("geul-editor .geul-editor-context-error")).getText())
                .startsWith("A link leads to a web address");
        assertThat(text.findElements(By.tagName("a"))).isEmpty();
        address.clear();
        address.sendKeys("example.com/글");
        browser.findElement(By.cssSelector("geul-editor .geul-editor-link input[type='checkbox']")).click();
        address.sendKeys(Keys.ENTER);
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("geul-editor .tiptap a")));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.com/%EA%B8%80");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getText()).isEqualTo("링크할 말");

        text.sendKeys(Keys.END, Keys.ENTER);
        browser.findElement(By.cssSelector("geul-editor button[data-command='codeBlock']")).click();
        text.sendKeys("select 1;");
        WebElement language = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("geul-editor .geul-editor-code select")));
        new org.openqa.selenium.support.ui.Select(language).selectByValue("sql");
        assertThat(html()).contains("<pre><code class=\"language-sql\">select 1;</code></pre>");
        assertThat(browser.findElements(By.cssSelector("geul-editor .geul-editor-toolbar button")))
                .allSatisfy(button -> assertThat(button.getAttribute("aria-label")).isNotBlank());
    }

    private static String html() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('geul-editor')._html()");
    }

    /** The post as the server holds it, and what the editor would send back for it, unchanged. */
    private static String[] open(long id) {
        browser.get(app.baseUrl() + "/admin/posts/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("geul-editor .tiptap")));
        @SuppressWarnings("unchecked")
        List<String> sides = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const editor = document.querySelector('geul-editor');
                return [editor.value, editor._html()];""");
        return new String[]{sides.get(0), sides.get(1)};
    }

    private static String difference(List<String> stored, List<String> saved) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(stored.size(), saved.size()) && shown < 4; i++) {
            String a = i < stored.size() ? stored.get(i) : "(none)";
            String b = i < saved.size() ? saved.get(i) : "(none)";
            if (!a.equals(b)) {
                out.append("\n  stored: ").append(a).append("\n  saved:  ").append(b);
                shown++;
            }
        }
        return out.toString();
    }

    /** Every post and page the blog holds, trash aside, from its own export. */
    private static List<Long> postIds() {
        List<Long> ids = new ArrayList<>();
        for (Element item : export().select("item")) {
            Element status = item.selectFirst("wp|status");
            if (status != null && !status.text().equals("trash")) {
                ids.add(Long.parseLong(item.selectFirst("wp|post_id").text()));
            }
        }
        return ids;
    }

    private static long idOfTitle(String title) {
        for (Element item : export().select("item")) {
            if (item.selectFirst("title").text().equals(title)) {
                return Long.parseLong(item.selectFirst("wp|post_id").text());
            }
        }
        throw new AssertionError("no post titled " + title);
    }

    private static org.jsoup.nodes.Document export() {
        try {
            HttpResponse<String> export = app.send(HttpRequest.newBuilder(app.uri("/api/export/wxr"))
                    .header("Authorization", basic()));
            assertThat(export.statusCode()).isEqualTo(200);
            return Jsoup.parse(export.body(), "", Parser.xmlParser());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
        return app.send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", basic())
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
