package dev.geul.web.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin backs the blog up over the API and finds the verified archive in the list; nobody else may. */
class BackupsApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> post(String authorization) {
        // a POST without a body says it is no browser's form (see BasicCrossSiteGuard)
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/backups"))
                .header("X-Requested-With", "curl").POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    @Test
    void an_admin_makes_a_backup_and_the_list_shows_it_verified_with_its_size() {
        publish(alice, PostDraft.of("백업될 글", "<p>본문</p>"));

        HttpResponse<String> made = post(basic("root", BlogFixtures.PASSWORD));

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode backup = JSON.readTree(made.body());
        assertThat(backup.path("verified").asBoolean()).isTrue();
        assertThat(backup.path("rows").asLong()).isPositive();
        JsonNode listed = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/admin/backups"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD))).body());
        assertThat(listed.get(0).path("file").asString()).isEqualTo(backup.path("file").asString());
        assertThat(listed.get(0).path("size").asLong()).isPositive();
        assertThat(listed.get(0).path("verified").asBoolean()).isTrue();
    }

    @Test
    void authors_and_guests_may_not_back_up() {
        assertThat(post(basic("alice", BlogFixtures.PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(post(null).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/backups"))).statusCode()).isEqualTo(401);
    }
}
