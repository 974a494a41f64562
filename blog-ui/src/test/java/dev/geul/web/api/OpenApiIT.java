package dev.geul.web.api;

import java.net.http.HttpResponse;

import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API describes itself in OpenAPI, which a generic client reads, and on a page a person reads. */
class OpenApiIT extends RunningBlog {

    @Test
    void the_description_names_every_endpoint_with_its_paging_and_sign_in() {
        HttpResponse<String> response = get("/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = JsonMapper.builder().build().readTree(response.body());
        assertThat(api.path("openapi").asString()).startsWith("3.");
        assertThat(api.path("info").path("title").asString()).isEqualTo("geul API");
        assertThat(api.path("paths").propertyNames()).contains("/api/posts", "/api/posts/{slug}", "/api/search", "/api/search/suggestions",
                "/api/import/wxr", "/api/import/tistory", "/api/export/markdown", "/api/posts/{id}/revisions",
                "/api/tokens", "/api/media");
        JsonNode searchParameters = api.path("paths").path("/api/search").path("get").path("parameters");
        assertThat(searchParameters.findValuesAsString("name")).contains("q", "page", "size");
        assertThat(api.path("components").path("securitySchemes").propertyNames()).contains("basic", "token");
    }

    @Test
    void a_person_reads_it_on_a_page() {
        HttpResponse<String> docs = get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        HttpResponse<String> page = get(docs.headers().firstValue("Location").orElseThrow());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
        HttpResponse<String> config = get("/api/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/openapi.json");
    }
}
