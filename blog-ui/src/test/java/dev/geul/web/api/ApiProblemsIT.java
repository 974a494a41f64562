package dev.geul.web.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error of the API in one shape, a problem document, whatever went wrong and wherever it was noticed. */
class ApiProblemsIT extends RunningBlog {

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

    /** The document's standard members and the status it repeats; never a class of the server. */
    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("dev.geul").doesNotContain("Exception").doesNotContain("<html");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("error").asString()).isEqualTo(problem.path("detail").asString());
        return problem;
    }

    @Test
    void an_address_the_api_does_not_have_and_a_method_it_does_not_take_answer_as_problems_not_as_the_studio() {
        JsonNode unknown = problem(get("/api/no-such-thing/42"), 404);
        assertThat(unknown.path("detail").asString()).contains("/api/no-such-thing/42");

        HttpResponse<String> wrongMethod = call("DELETE", "/api/search/suggestions", null, null);
        problem(wrongMethod, 405);
        assertThat(wrongMethod.headers().firstValue("Allow").orElseThrow()).contains("GET");
    }

    @Test
    void a_value_of_the_wrong_kind_names_its_field_and_the_values_that_would_do() {
        JsonNode visibility = problem(call("POST", "/api/posts", """
                {"title": "글", "contentHtml": "<p>x</p>", "visibility": "secret"}""",
                basic("alice", BlogFixtures.PASSWORD)), 400);
        assertThat(visibility.path("field").asString()).isEqualTo("visibility");
        assertThat(visibility.path("detail").asString()).contains("public", "private").doesNotContain("No enum");

        JsonNode paging = problem(get("/api/posts?size=51"), 400);
        assertThat(paging.path("field").asString()).isEqualTo("size");
        JsonNode number = problem(get("/api/posts?page=first"), 400);
        assertThat(number.path("field").asString()).isEqualTo("page");
        problem(call("POST", "/api/posts", "{\"title\": ", basic("alice", BlogFixtures.PASSWORD)), 400);
    }

    @Test
    void refused_input_carries_its_message_key_its_field_and_every_refused_field() {
        JsonNode refused = problem(call("POST", "/api/posts", """
                {"title": " ", "contentHtml": "<p>x</p>", "slug": "%s"}""".formatted("가".repeat(300)),
                basic("alice", BlogFixtures.PASSWORD)), 422);

        assertThat(refused.path("code").asString()).startsWith("error.");
        assertThat(refused.path("field").asString()).isNotBlank();
        assertThat(refused.path("errors")).hasSizeGreaterThanOrEqualTo(2).allSatisfy(error -> {
            assertThat(error.path("field").asString()).isNotBlank();
            assertThat(error.path("code").asString()).startsWith("error.");
        });
        assertThat(refused.path("errors")).extracting(error -> error.path("field").asString())
                .contains("title", "slug");
    }

    @Test
    void refusals_made_before_any_endpoint_have_the_same_shape() {
        problem(call("GET", "/api/admin/backups", null, null), 401);
        problem(call("GET", "/api/admin/backups", null, basic("alice", BlogFixtures.PASSWORD)), 403);
        PostDetail post = publish(alice, PostDraft.of("남은 글", "<p>x</p>"));
        problem(get("/api/posts/" + post.slug() + "-gone"), 404);
    }

    @Test
    void a_client_that_asks_for_korean_is_told_in_korean_with_the_same_key() {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/posts"))
                .header("Content-Type", "application/json").header("Accept-Language", "ko-KR")
                .header("Authorization", basic("alice", BlogFixtures.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \" \", \"contentHtml\": \"<p>x</p>\"}")));

        JsonNode korean = problem(refused, 422);
        assertThat(korean.path("code").asString()).isEqualTo("error.post.title");
        assertThat(korean.path("detail").asString()).isEqualTo("글에는 제목이 있어야 합니다.");
        assertThat(korean.path("errors").get(0).path("message").asString()).isEqualTo("글에는 제목이 있어야 합니다.");
    }

    @Test
    void nothing_there_and_someone_first_are_keyed_refusals_too() {
        JsonNode missing = problem(get("/api/posts/no-such-post"), 404);
        assertThat(missing.path("code").asString()).isEqualTo("error.notFound");

        PostDetail post = publish(alice, PostDraft.of("두 사람이 고친 글", "<p>처음</p>"));
        String edit = """
                {"title": "두 사람이 고친 글", "contentHtml": "<p>%s</p>", "version": %d}""";
        assertThat(call("PUT", "/api/posts/" + post.id(), edit.formatted("먼저 고침", post.version()),
                basic("alice", BlogFixtures.PASSWORD)).statusCode()).isEqualTo(200);
        JsonNode conflict = problem(call("PUT", "/api/posts/" + post.id(), edit.formatted("나중에 고침",
                post.version()), basic("alice", BlogFixtures.PASSWORD)), 409);
        assertThat(conflict.path("code").asString()).isEqualTo("error.edit.conflict");
        assertThat(conflict.path("field").asString()).isEqualTo("version");
        assertThat(conflict.path("detail").asString()).contains("두 사람이 고친 글");
    }
}
