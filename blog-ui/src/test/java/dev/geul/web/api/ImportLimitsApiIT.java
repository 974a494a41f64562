package dev.geul.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A zip bomb sent to the API is refused with a message a client can translate, and the blog keeps serving. */
class ImportLimitsApiIT extends RunningBlog {

    static byte[] bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("2024/01/zeros.png"));
            byte[] zeros = new byte[1 << 20];
            for (int mb = 0; mb < 512; mb++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void a_zip_bomb_gets_422_with_its_message_key_and_the_blog_stays_up() throws IOException {
        for (String path : new String[]{"/api/import/media", "/api/import/markdown", "/api/import/tistory"}) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic(admin.username(), BlogFixtures.PASSWORD))
                    .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bomb())));

            assertThat(refused.statusCode()).as(path).isEqualTo(422);
            JsonNode error = JsonMapper.builder().build().readTree(refused.body());
            assertThat(error.path("code").asString()).as(path).isEqualTo("error.import.compressionRatio");
            assertThat(error.path("error").asString()).as(path).contains("zeros.png");
        }
        assertThat(get("/api/posts").statusCode()).isEqualTo(200);
    }
}
