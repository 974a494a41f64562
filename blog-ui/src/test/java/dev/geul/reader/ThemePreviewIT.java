package dev.geul.reader;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import dev.geul.site.ThemeService;
import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.apache.catalina.Context;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's preview of unsaved settings over HTTP: the studio keeps them in the admin's session (as the appearance
 * view does, put there directly here), the admin's browser asks for the front page with their token.
 */
class ThemePreviewIT extends RunningBlog {

    @Autowired
    ThemeService themes;
    @Autowired
    AppearanceService appearance;
    @Autowired
    WebServerApplicationContext server;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    @BeforeEach
    void noThemes() {
        jdbc.update("delete from uploaded_theme");
    }

    private void uploadPaper() throws IOException {
        Path zip = folder.resolve("paper.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("layout.mustache"));
            out.write("<html><body class=\"paper\"><main>{{{content}}}</main></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        as(admin, () -> themes.upload("paper", zip));
    }

    /** Signs in through the login form; the session cookie. */
    private String signIn(BlogUser user) {
        String form = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(BlogFixtures.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /** What the appearance view does when the admin presses preview: the unsaved settings go in their session. */
    private String preview(String cookie, AppearanceSettings unsaved) {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        ThemePreviews.Preview preview = ThemePreviews.Preview.of(unsaved);
        try {
            context.getManager().findSession(cookie.substring("JSESSIONID=".length())).getSession()
                    .setAttribute(ThemePreviews.ATTRIBUTE, preview);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return preview.address("/");
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static boolean paper(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).body().hasClass("paper");
    }

    @Test
    void the_admin_sees_unsaved_settings_while_readers_still_see_the_saved_look_until_they_are_applied()
            throws IOException {
        publish(alice, PostDraft.of("미리 보는 글", "<p>본문</p>"));
        uploadPaper();
        String adminCookie = signIn(admin);
        String address = preview(adminCookie, AppearanceSettings.DEFAULTS.withUploadedTheme("paper"));

        HttpResponse<String> previewed = get(address, adminCookie);
        HttpResponse<String> readerWithToken = get(address, null);
        HttpResponse<String> adminWithoutToken = get("/", adminCookie);
        HttpResponse<String> adminWithAnotherToken = get("/?preview=0123", adminCookie);
        HttpResponse<String> reader = get("/", null);

        assertThat(previewed.statusCode()).isEqualTo(200);
        assertThat(paper(previewed)).isTrue();
        assertThat(previewed.body()).contains("미리 보는 글");
        assertThat(previewed.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(paper(readerWithToken)).isFalse();
        assertThat(readerWithToken.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(paper(adminWithoutToken)).isFalse();
        assertThat(paper(adminWithAnotherToken)).isFalse();
        assertThat(paper(reader)).isFalse();
        assertThat(paper(get(address, null))).as("nothing cached the preview for readers").isFalse();

        as(admin, () -> appearance.change(AppearanceSettings.DEFAULTS.withUploadedTheme("paper")));

        assertThat(paper(get("/", null))).as("applied: the page cache forgot the old look").isTrue();
    }

    @Test
    void a_writer_who_is_not_an_admin_cannot_use_a_preview() throws IOException {
        uploadPaper();
        String writerCookie = signIn(alice);
        String address = preview(writerCookie, AppearanceSettings.DEFAULTS.withUploadedTheme("paper"));

        assertThat(paper(get(address, writerCookie))).isFalse();
    }
}
