package dev.geul.web.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The blog's look through the admin API: read it, change it, and readers get it. */
class AppearanceApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> put(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/appearance"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    @Test
    void an_admin_switches_the_theme_and_sets_custom_css_and_readers_get_both() {
        HttpResponse<String> changed = put("""
                {"theme":"COLUMN","title":"새 이름","accentColor":"#112233","colorScheme":"LIGHT",
                 "customCss":"body { letter-spacing: 0.01em } </style><script>alert(1)</script>"}
                """, basic("root", dev.geul.testing.BlogFixtures.PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode read = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/admin/appearance"))
                .header("Authorization", basic("root", dev.geul.testing.BlogFixtures.PASSWORD))).body());
        assertThat(read.path("theme").asString()).isEqualTo("COLUMN");
        var home = Jsoup.parse(get("/").body());
        assertThat(home.body().hasClass("column")).isTrue();
        assertThat(home.select(".site-title").text()).isEqualTo("새 이름");
        assertThat(home.select("style").html()).contains("letter-spacing: 0.01em").contains("--accent:#112233");
        assertThat(home.select("script:not([type=application/ld+json])").eachAttr("src")).containsExactly("/reader.js");
        assertThat(home.select("html").attr("data-scheme")).isEqualTo("light");
        assertThat(get("/feed").body()).contains("<title>새 이름</title>");
    }

    @Test
    void a_wrong_colour_is_refused_naming_the_field_and_guests_may_not_change_anything() {
        HttpResponse<String> refused = put("{\"theme\":\"CLASSIC\",\"colorScheme\":\"AUTO\",\"accentColor\":\"red\"}",
                basic("root", dev.geul.testing.BlogFixtures.PASSWORD));
        HttpResponse<String> guest = put("{\"theme\":\"COLUMN\",\"colorScheme\":\"AUTO\"}", null);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("accentColor");
        assertThat(guest.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(get("/").body()).body().hasClass("column")).isFalse();
    }
}
