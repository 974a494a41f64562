package dev.geul.media;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.geul.base.BlogProperties;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.FullDisk;
import dev.geul.testing.TistoryBackups;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disk of the blog's data folder fills up: readers are served on (pages and images), an upload is refused with
 * a clear message in the writer's language (507, nothing of it kept), and once space is freed uploads work again.
 * The disk is the real data folder seen through {@link FullDisk}, which fails a write as a full disk does.
 */
@Import(FullDiskIT.MediaOnAFullDisk.class)
class FullDiskIT extends RunningBlog {

    static final FullDisk DISK = new FullDisk();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class MediaOnAFullDisk {

        @Bean
        @Primary
        MediaStore mediaOnAFullDisk(BlogProperties blog, Clock clock) {
            return new MediaStore(new BlogProperties(DISK.wrap(blog.dataDir()), blog.title(), blog.description(),
                    blog.baseUrl(), blog.timeZone()), clock);
        }
    }

    @Autowired
    BlogProperties blog;

    @AfterEach
    void freeTheDisk() {
        DISK.free();
    }

    @Test
    void readers_are_served_while_an_upload_is_refused_with_a_clear_message_and_nothing_half_written()
            throws Exception {
        String image = upload(TistoryBackups.PNG, null).path("path").asString();
        PostDetail post = publish(alice, PostDraft.of("디스크가 가득 찬 날", "<p>읽을 수 있어요</p><img src=\"" + image + "\">"));
        List<Path> before = mediaFiles();
        byte[] photo = new byte[300_000];
        new Random(7).nextBytes(photo);
        System.arraycopy(TistoryBackups.PNG, 0, photo, 0, 16);

        DISK.fill(100_000);

        HttpResponse<String> korean = send(uploadRequest(photo).header("Accept-Language", "ko-KR,ko;q=0.9"));
        assertThat(korean.statusCode()).isEqualTo(507);
        JsonNode refused = JSON.readTree(korean.body());
        assertThat(refused.path("error").asString()).startsWith("디스크가 가득 차서 저장하지 못했고");
        assertThat(refused.path("code").asString()).isEqualTo("error.storage.full");
        HttpResponse<String> english = send(uploadRequest(photo));
        assertThat(english.statusCode()).isEqualTo(507);
        assertThat(JSON.readTree(english.body()).path("error").asString()).startsWith("The disk is full");
        assertThat(mediaFiles()).as("no half-written image, no temporary file").isEqualTo(before);

        HttpResponse<String> page = get("/posts/" + post.slug());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("디스크가 가득 찬 날");
        HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(uri(image)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(TistoryBackups.PNG);

        DISK.free();
        String stored = upload(photo, null).path("path").asString();
        assertThat(http.send(HttpRequest.newBuilder(uri(stored)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body()).isEqualTo(photo);
    }

    private JsonNode upload(byte[] bytes, String language) {
        HttpRequest.Builder request = uploadRequest(bytes);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> answer = send(request);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private HttpRequest.Builder uploadRequest(byte[] bytes) {
        return HttpRequest.newBuilder(uri("/api/media")).header("Authorization", basic("alice", BlogFixtures.PASSWORD))
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    /** Every file under the real media folder, the temporary ones included. */
    private List<Path> mediaFiles() throws IOException {
        if (!Files.isDirectory(blog.mediaDir())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(blog.mediaDir())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
