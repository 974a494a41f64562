package dev.geul.reader;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import dev.geul.base.Permalinks;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.TestImages;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A phone downloads the blog's images at the width its screen needs, not the camera's. */
class ResponsiveImagesIT extends RunningBlog {

    @Autowired
    MediaStore media;

    @Test
    void a_post_offers_narrower_copies_of_its_photo_which_are_made_on_first_request_and_kept_like_the_original()
            throws Exception {
        byte[] original = TestImages.image("jpg", 1600, 1200);
        String photo = upload(original);
        PostDetail post = publish(alice, PostDraft.of("바다 사진", "<p>첫 장</p><p><img src=\"" + photo + "\" alt=\"바다\"></p>"));

        Element image = Jsoup.parse(get(Permalinks.post(post.slug())).body()).selectFirst(".post-body img");
        String narrow = photo.replace(".jpg", "-800w.jpg");

        assertThat(image.attr("srcset")).isEqualTo(photo.replace(".jpg", "-480w.jpg") + " 480w, " + narrow + " 800w, "
                + photo.replace(".jpg", "-1200w.jpg") + " 1200w, " + photo + " 1600w");
        assertThat(image.attr("sizes")).isEqualTo("(max-width: 42rem) 100vw, 42rem");

        HttpResponse<byte[]> copy = fetch(narrow, null);
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(width(copy.body())).isEqualTo(800);
        assertThat(copy.body().length).isLessThan(original.length);
        assertThat(copy.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(copy.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000", "public", "immutable"));
        String name = narrow.substring(narrow.lastIndexOf('/') + 1);
        assertThat(copy.headers().firstValue("ETag")).hasValue("\"" + name + "\"");
        assertThat(fetch(narrow, "\"" + name + "\"").statusCode()).as("a browser that has it keeps it").isEqualTo(304);
        assertThat(fetch(narrow, null).body()).as("kept, the same bytes again").isEqualTo(copy.body());
    }

    @Test
    void no_one_makes_the_blog_resize_an_image_to_a_width_it_does_not_offer() {
        String photo = upload(TestImages.image("png", 1000, 500));

        assertThat(fetch(photo.replace(".png", "-800w.png"), null).statusCode()).isEqualTo(200);
        assertThat(fetch(photo.replace(".png", "-1200w.png"), null).statusCode()).as("not narrower").isEqualTo(404);
        assertThat(fetch(photo.replace(".png", "-640w.png"), null).statusCode()).isEqualTo(404);
        assertThat(fetch(photo.replace(".png", "-800w.jpg"), null).statusCode()).as("another type").isEqualTo(404);
    }

    private HttpResponse<byte[]> fetch(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int width(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        return decoded.getWidth();
    }

    private String upload(byte[] image) {
        return as(alice, () -> {
            try {
                return media.store(new ByteArrayInputStream(image));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
