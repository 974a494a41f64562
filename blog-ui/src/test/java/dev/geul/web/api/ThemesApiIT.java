package dev.geul.web.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.comment.CommentService;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.geul.web.api.ThemeZips.PNG;
import static dev.geul.web.api.ThemeZips.zip;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/** Themes uploaded as zips through the admin API, chosen like a built-in one, and what readers then get. */
class ThemesApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PAPER_LAYOUT = """
            <!DOCTYPE html><html lang="{{site.language}}"><head><title>{{head.title}}</title>
            <style>{{{site.themeCss}}}</style></head>
            <body class="paper"><img class="paper-logo" src="{{theme.files}}images/logo.png" alt="">
            <main>{{{content}}}</main></body></html>""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommentService comments;

    @BeforeEach
    void noThemes() {
        jdbc.update("delete from uploaded_theme");
    }

    private String admin() {
        return basic("root", BlogFixtures.PASSWORD);
    }

    HttpResponse<String> upload(String name, byte[] zip, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/themes?name=" + name))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    HttpResponse<String> choose(String uploadedTheme) {
        String theme = uploadedTheme == null ? "null" : "\"" + uploadedTheme + "\"";
        return send(HttpRequest.newBuilder(uri("/api/admin/appearance")).header("Authorization", admin())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"theme\":\"CLASSIC\",\"colorScheme\":\"AUTO\","
                        + "\"title\":\"<script>alert('title')</script>\",\"uploadedTheme\":" + theme + "}")));
    }

    private HttpResponse<String> adminGet(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", admin()));
    }

    private byte[] paper() {
        return zip("paper/layout.mustache", PAPER_LAYOUT,
                "paper/theme.css", ".paper-logo { background: url(images/logo.png) } body.paper { color: #123456 }",
                "paper/images/logo.png", PNG,
                "paper/README.md", "# Paper",
                "paper/.DS_Store", new byte[]{0, 0, 0, 1});
    }

    @Test
    void an_uploaded_theme_once_chosen_gives_readers_its_template_its_css_and_its_images() {
        publish(alice, PostDraft.of("종이 위의 글", "<p>본문</p>"));

        HttpResponse<String> uploaded = upload("paper", paper(), admin());

        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.path("theme").path("name").asString()).isEqualTo("paper");
        assertThat(report.path("leftOut").findValuesAsString("path"))
                .containsExactlyInAnyOrder("paper/README.md", "paper/.DS_Store");
        assertThat(Jsoup.parse(get("/").body()).body().hasClass("paper")).as("not chosen yet").isFalse();

        assertThat(choose("paper").statusCode()).isEqualTo(200);

        Document home = Jsoup.parse(get("/").body());
        assertThat(home.body().hasClass("paper")).isTrue();
        // the page's own template comes from classic, which the theme did not replace
        assertThat(home.select("main").text()).contains("종이 위의 글");
        String css = home.select("style").html();
        assertThat(css).contains("body.paper { color: #123456 }").contains("word-break: keep-all");
        String logo = home.select("img.paper-logo").attr("src");
        long revision = JSON.readTree(adminGet("/api/admin/themes/paper").body()).path("revision").asLong();
        assertThat(logo).isEqualTo("/theme-files/paper/" + revision + "/images/logo.png");
        assertThat(css).contains("url(\"/theme-files/paper/" + revision + "/images/logo.png\")");
        HttpResponse<byte[]> image = sendBytes(logo);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(sendBytes("/theme-files/paper/" + revision + "/layout.mustache").statusCode())
                .as("templates are not files readers fetch").isEqualTo(404);
    }

    @Test
    void a_hostile_template_runs_no_code_and_injects_nothing() {
        // a post's title is plain text (tags never reach it): its ampersand and quotes show the escaping
        var post = publish(alice, PostDraft.of("톰 & 제리 \"인용\"", "<p>본문</p><script>alert('body')</script>"));
        byte[] hostile = zip(
                "layout.mustache", "<html><body class=\"hostile\">{{{content}}}"
                        + "<h1 id=\"title\">{{{site.title}}}</h1><p id=\"amp\">{{&site.title}}</p>"
                        + "<p id=\"reach\">[{{site.title.class}}][{{site.title.getClass}}][{{site.title.bytes}}]"
                        + "[{{site.class.classLoader}}][{{site.hashCode}}]</p>"
                        + "<div id=\"outside\">[{{> ../column/layout}}][{{> /etc/passwd}}][{{> admin}}]</div></body></html>",
                "post-item.mustache", "<article class=\"item\">{{{title}}}</article>",
                "comment.mustache", "<div class=\"c\">{{{name}}}|{{{bodyHtml}}}|{{{manageUrl}}}</div>");
        asGuest(() -> comments.add(post.id(), NewComment.guest("<b>민수</b>", "pw1234",
                "<p>좋아요</p><img src=x onerror=alert('comment')><script>alert('comment')</script>"), null, "10.0.0.2"));
        assertThat(upload("hostile", hostile, admin()).statusCode()).isEqualTo(201);
        choose("hostile");

        String html = get("/").body();
        Document home = Jsoup.parse(html);

        assertThat(home.body().hasClass("hostile")).isTrue();
        assertThat(html).contains("<article class=\"item\">톰 &amp; 제리 &quot;인용&quot;</article>");
        assertThat(home.select("script")).isEmpty();
        assertThat(home.select("#title").text()).isEqualTo("<script>alert('title')</script>");
        assertThat(home.select("#amp").text()).isEqualTo("<script>alert('title')</script>");
        assertThat(home.select("img, [onerror]")).isEmpty();
        assertThat(home.select("#reach").text()).isEqualTo("[][][][][]");
        assertThat(home.select("#outside").text()).isEqualTo("[][][]");
        Document postPage = Jsoup.parse(get(dev.geul.base.Permalinks.post(post.slug())).body());
        assertThat(postPage.select("div.c")).hasSize(1);
        assertThat(postPage.select("div.c").text()).contains("좋아요");
        assertThat(postPage.select("div.c b, script, [onerror]")).isEmpty();
    }

    @Test
    void a_bad_zip_is_refused_naming_the_problem_and_nothing_changes() {
        assertThat(upload("paper", paper(), admin()).statusCode()).isEqualTo(201);
        choose("paper");
        long revision = JSON.readTree(adminGet("/api/admin/themes/paper").body()).path("revision").asLong();

        HttpResponse<String> notZip = upload("paper", "<html>hello</html>".getBytes(), admin());
        HttpResponse<String> broken = upload("paper", zip("layout.mustache", PAPER_LAYOUT,
                "post.mustache", "<h1>{{page.title}}</h1>\n{{#page.tags}}\n<a>{{text}}</a>\n"), admin());
        HttpResponse<String> script = upload("paper", zip("layout.mustache", PAPER_LAYOUT, "paper.js", "alert(1)"),
                admin());
        HttpResponse<String> tooLarge = upload("paper", new byte[11 * 1024 * 1024], admin());
        HttpResponse<String> guest = upload("other", paper(), null);

        assertThat(notZip.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(notZip.body()).path("code").asString()).isEqualTo("error.theme.notZip");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(broken.body()).path("error").asString())
                .contains("post.mustache").contains("line 2").contains("page.tags");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(script.body()).path("error").asString()).contains("paper.js");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(guest.statusCode()).isEqualTo(401);
        JsonNode listed = JSON.readTree(adminGet("/api/admin/themes").body());
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("revision").asLong()).isEqualTo(revision);
        assertThat(Jsoup.parse(get("/").body()).body().hasClass("paper")).isTrue();
    }

    @Test
    void themes_are_listed_in_pages_and_the_one_readers_see_cannot_be_deleted() {
        upload("paper", paper(), admin());
        upload("stone", zip("theme.css", "body { color: #333 }"), admin());
        choose("paper");

        JsonNode first = JSON.readTree(adminGet("/api/admin/themes?page=1&size=1").body());
        HttpResponse<String> tooBig = adminGet("/api/admin/themes?size=51");
        HttpResponse<String> inUse = send(HttpRequest.newBuilder(uri("/api/admin/themes/paper"))
                .header("Authorization", admin()).DELETE());
        HttpResponse<String> unused = send(HttpRequest.newBuilder(uri("/api/admin/themes/stone"))
                .header("Authorization", admin()).DELETE());

        assertThat(first.path("total").asLong()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("name").asString()).isEqualTo("paper");
        assertThat(first.path("items").get(0).path("inUse").asBoolean()).isTrue();
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(inUse.body()).path("code").asString()).isEqualTo("error.theme.inUse");
        assertThat(unused.statusCode()).isEqualTo(204);
        assertThat(adminGet("/api/admin/themes/stone").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(get("/").body()).body().hasClass("paper")).isTrue();

        choose(null);
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/themes/paper")).header("Authorization", admin())
                .DELETE()).statusCode()).isEqualTo(204);
        assertThat(Jsoup.parse(get("/").body()).body().hasClass("paper")).isFalse();
    }

    @Test
    void a_theme_that_is_not_stored_cannot_be_chosen() {
        HttpResponse<String> refused = choose("nowhere");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).path("field").asString()).isEqualTo("uploadedTheme");
    }

    @Test
    void the_api_description_names_the_theme_endpoints() {
        JsonNode paths = JSON.readTree(get("/api/openapi.json").body()).path("paths");

        assertThat(paths.propertyNames()).contains("/api/admin/themes", "/api/admin/themes/{name}");
        assertThat(paths.path("/api/admin/themes").path("post").path("requestBody").path("content").propertyNames())
                .contains("application/zip");
    }

    private HttpResponse<byte[]> sendBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
