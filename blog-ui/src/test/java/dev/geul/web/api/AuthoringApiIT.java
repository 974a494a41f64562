package dev.geul.web.api;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TistoryBackups;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing through the API: the editor's rules, enforced by the services, for scripts and other tools. */
class AuthoringApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> call(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private String alice() {
        return basic("alice", BlogFixtures.PASSWORD);
    }

    @Test
    void an_author_publishes_edits_and_trashes_a_post_and_a_stale_edit_is_refused_without_losing_it() {
        HttpResponse<String> created = call("POST", "/api/posts", """
                {"title": "API로 쓴 글", "contentHtml": "<p>회사에서 쓴 첫 문장</p>", "tags": ["api"], "status": "published"}
                """, alice());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode post = JSON.readTree(created.body());
        long id = post.path("id").asLong();
        long version = post.path("version").asLong();
        assertThat(get("/api/posts/" + URLEncoder.encode(post.path("slug").asString(), StandardCharsets.UTF_8))
                .body()).contains("회사에서 쓴 첫 문장");

        HttpResponse<String> edited = call("PUT", "/api/posts/" + id, """
                {"title": "API로 쓴 글", "contentHtml": "<p>고친 문장</p>", "version": %d}""".formatted(version), alice());
        assertThat(edited.statusCode()).isEqualTo(200);
        HttpResponse<String> stale = call("PUT", "/api/posts/" + id, """
                {"title": "API로 쓴 글", "contentHtml": "<p>옛 버전에서 고친 문장</p>", "version": %d}""".formatted(version),
                alice());
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode refusal = JSON.readTree(stale.body());
        assertThat(refusal.path("error").asString()).isNotBlank();
        assertThat(refusal.path("currentVersion").asLong()).isEqualTo(JSON.readTree(edited.body()).path("version").asLong());
        // the refused text is in the history, where the author can compare it with what won and take it back
        long kept = refusal.path("keptRevision").asLong();
        JsonNode history = JSON.readTree(call("GET", "/api/posts/" + id + "/revisions", null, alice()).body());
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.path("id").asLong()).isEqualTo(kept);
            assertThat(entry.path("reason").asString()).isEqualTo("conflict");
        });
        assertThat(call("GET", "/api/posts/" + id + "/revisions/" + kept + "/diff", null, alice()).body())
                .contains("옛").contains("고친");

        assertThat(call("DELETE", "/api/posts/" + id, null, alice()).statusCode()).isEqualTo(204);
        assertThat(get("/api/posts/" + URLEncoder.encode(post.path("slug").asString(), StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void nobody_writes_without_signing_in_and_an_author_edits_only_their_own_posts() {
        assertThat(call("POST", "/api/posts", "{\"title\": \"x\", \"contentHtml\": \"<p>x</p>\"}", null).statusCode())
                .isIn(401, 403);
        fixtures.author("bob");
        long id = JSON.readTree(call("POST", "/api/posts", "{\"title\": \"앨리스의 글\", \"contentHtml\": \"<p>x</p>\"}",
                alice()).body()).path("id").asLong();

        HttpResponse<String> byBob = call("PUT", "/api/posts/" + id,
                "{\"title\": \"밥이 고침\", \"contentHtml\": \"<p>y</p>\", \"version\": 0}", basic("bob", BlogFixtures.PASSWORD));

        assertThat(byBob.statusCode()).isEqualTo(403);
    }

    @Test
    void an_uploaded_image_is_served_byte_for_byte_and_a_script_is_refused() throws Exception {
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/api/media")).header("Authorization", alice())
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(TistoryBackups.PNG)));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String path = JSON.readTree(uploaded.body()).path("path").asString();
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.body()).isEqualTo(TistoryBackups.PNG);

        HttpResponse<String> script = send(HttpRequest.newBuilder(uri("/api/media")).header("Authorization", alice())
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofString("<svg onload=alert(1)>")));
        assertThat(script.statusCode()).isEqualTo(422);
    }

    @Test
    void refused_input_names_its_message_key_and_field_so_a_client_can_translate_it() {
        HttpResponse<String> refused = get("/api/search?q=" + "회사".repeat(101));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("error").asString()).contains("at most 200 characters");
        assertThat(error.path("code").asString()).isEqualTo("error.search.long");
        assertThat(error.path("field").asString()).isEqualTo("q");
    }

    @Test
    void a_draft_the_constraints_refuse_names_the_key_and_field_too() {
        HttpResponse<String> refused = call("POST", "/api/posts", "{\"title\": \"  \", \"contentHtml\": \"<p>x</p>\"}",
                alice());

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("error").asString()).isEqualTo("title: A post needs a title.");
        assertThat(error.path("code").asString()).isEqualTo("error.post.title");
        assertThat(error.path("field").asString()).isEqualTo("title");
    }

    @Test
    void a_personal_token_writes_as_its_author_until_revoked() {
        HttpResponse<String> made = call("POST", "/api/tokens", "{\"name\": \"노트북 편집기\"}", alice());
        assertThat(made.statusCode()).isEqualTo(201);
        String token = JSON.readTree(made.body()).path("token").asString();
        long tokenId = JSON.readTree(made.body()).path("id").asLong();

        HttpResponse<String> written = call("POST", "/api/posts",
                "{\"title\": \"토큰으로 쓴 글\", \"contentHtml\": \"<p>편집기에서</p>\"}", "Bearer " + token);
        assertThat(written.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(call("GET", "/api/tokens", null, alice()).body()).get(0).path("lastUsedAt").isNull())
                .isFalse();
        assertThat(call("GET", "/api/tokens", null, alice()).body()).doesNotContain(token);

        assertThat(call("DELETE", "/api/tokens/" + tokenId, null, alice()).statusCode()).isEqualTo(204);
        HttpResponse<String> refused = call("POST", "/api/posts",
                "{\"title\": \"또\", \"contentHtml\": \"<p>x</p>\"}", "Bearer " + token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/posts", "{\"title\": \"x\", \"contentHtml\": \"<p>x</p>\"}",
                "Bearer geul_made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_shows_its_end_and_makes_tokens_only_when_made_for_it() {
        JsonNode plain = JSON.readTree(call("POST", "/api/tokens", "{\"name\": \"편집기\", \"expiresInDays\": 30}",
                alice()).body());
        JsonNode maker = JSON.readTree(call("POST", "/api/tokens",
                "{\"name\": \"배포\", \"canMakeTokens\": true}", alice()).body());

        assertThat(plain.path("expiresAt").asString()).startsWith(clock.instant().plus(java.time.Duration.ofDays(30))
                .toString().substring(0, 10));
        assertThat(call("POST", "/api/tokens", "{\"name\": \"몰래\"}", "Bearer " + plain.path("token").asString())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> child = call("POST", "/api/tokens", "{\"name\": \"새 토큰\", \"expiresInDays\": 7}",
                "Bearer " + maker.path("token").asString());
        assertThat(child.statusCode()).isEqualTo(201);
        JsonNode listed = JSON.readTree(call("GET", "/api/tokens", null, alice()).body());
        assertThat(listed).hasSize(3);
        assertThat(listed.findValuesAsString("name")).containsExactlyInAnyOrder("편집기", "배포", "새 토큰");
        assertThat(call("POST", "/api/tokens", "{\"name\": \"x\", \"expiresInDays\": 0}", alice()).statusCode())
                .isEqualTo(422);

        clock.advance(java.time.Duration.ofDays(31));
        assertThat(call("GET", "/api/tokens", null, "Bearer " + plain.path("token").asString()).statusCode())
                .as("expired").isEqualTo(401);
    }

    @Test
    void the_history_lists_every_text_names_the_changed_words_and_a_restore_refuses_a_stale_version() {
        JsonNode post = JSON.readTree(call("POST", "/api/posts", """
                {"title": "회고", "contentHtml": "<p>회사에서 쿠버네티스를 배웠다.</p>", "status": "published"}""",
                alice()).body());
        long id = post.path("id").asLong();
        JsonNode edited = JSON.readTree(call("PUT", "/api/posts/" + id, """
                {"title": "회고", "contentHtml": "<p>회사에서 도커를 배웠다.</p>", "version": %d}"""
                .formatted(post.path("version").asLong()), alice()).body());

        JsonNode revisions = JSON.readTree(call("GET", "/api/posts/" + id + "/revisions", null, alice()).body());
        // every save is in the history, newest first, each with the text it left
        assertThat(revisions).extracting(entry -> entry.path("reason").asString())
                .containsExactly("update", "publish", "draft");
        long revision = revisions.get(1).path("id").asLong();
        String diff = call("GET", "/api/posts/" + id + "/revisions/" + revision + "/diff", null, alice()).body();
        assertThat(diff).contains("{\"change\":\"REMOVED\",\"text\":\"쿠버네티스를\"}")
                .contains("{\"change\":\"ADDED\",\"text\":\"도커를\"}");

        HttpResponse<String> stale = call("POST", "/api/posts/" + id + "/revisions/" + revision + "/restore",
                "{\"version\": %d}".formatted(post.path("version").asLong()), alice());
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> restored = call("POST", "/api/posts/" + id + "/revisions/" + revision + "/restore",
                "{\"version\": %d}".formatted(edited.path("version").asLong()), alice());
        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(get("/api/posts/" + URLEncoder.encode("회고", StandardCharsets.UTF_8)).body()).contains("쿠버네티스를");
        assertThat(call("GET", "/api/posts/" + id + "/revisions", null, basic(admin.username(), "wrong"))
                .statusCode()).isEqualTo(401);
    }
}
