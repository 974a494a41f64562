package dev.geul.web.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin registers webhook endpoints over the API; the secret comes back once; private addresses are refused. */
class WebhooksApiIT extends RunningBlog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noWebhooks() {
        jdbc.execute("truncate webhook cascade");
    }

    private HttpResponse<String> post(String user, String json) {
        return send(HttpRequest.newBuilder(uri("/api/admin/webhooks")).header("Content-Type", "application/json")
                .header("Authorization", basic(user, BlogFixtures.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void an_admin_registers_an_endpoint_sees_its_secret_once_and_its_empty_history() {
        HttpResponse<String> made = post("root", """
                {"url": "https://198.51.101.7/hooks/geul", "events": ["post.published", "comment.added"],
                 "description": "배포"}""");

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(made.body());
        assertThat(body.path("secret").asString()).startsWith("whsec_").hasSize(70);
        long id = body.path("webhook").path("id").asLong();
        HttpResponse<String> listed = send(HttpRequest.newBuilder(uri("/api/admin/webhooks"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)));
        assertThat(listed.body()).doesNotContain(body.path("secret").asString());
        JsonNode hook = JSON.readTree(listed.body()).get(0);
        assertThat(hook.path("events").toString()).isEqualTo("[\"post.published\",\"comment.added\"]");
        assertThat(hook.path("active").asBoolean()).isTrue();
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/webhooks/" + id + "/deliveries"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD))).body()).isEqualTo("[]");
    }

    @Test
    void a_private_address_an_unknown_event_and_a_non_admin_are_refused() {
        HttpResponse<String> internal = post("root", """
                {"url": "http://192.168.0.10/hook", "events": ["post.published"]}""");
        HttpResponse<String> unknown = post("root", """
                {"url": "https://198.51.101.7/hook", "events": ["post.deleted"]}""");
        HttpResponse<String> author = post("alice", """
                {"url": "https://198.51.101.7/hook", "events": ["post.published"]}""");

        assertThat(internal.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(internal.body()).path("code").asString()).isEqualTo("error.webhook.private");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(author.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from webhook", Long.class)).isZero();
    }
}
