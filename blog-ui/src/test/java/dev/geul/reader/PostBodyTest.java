package dev.geul.reader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostBodyTest {

    @Test
    void headings_get_anchors_a_long_post_gets_a_table_of_contents_and_only_the_first_image_loads_at_once() {
        String paragraph = "<p>" + "가".repeat(800) + "</p>";
        String html = "<h2>설치 방법</h2>" + paragraph + "<p><img src=\"/a.png\"></p><h3>설치 방법</h3>" + paragraph
                + "<h2 id=\"mine\">마치며</h2>" + paragraph + "<p><img src=\"/b.png\"></p>";

        PostBody body = PostBody.of(html);
        Document shown = Jsoup.parseBodyFragment(body.html());

        assertThat(body.headings()).extracting(PostBody.Heading::id).containsExactly("설치-방법", "설치-방법-2", "mine");
        assertThat(body.headings()).extracting(PostBody.Heading::sub).containsExactly(false, true, false);
        assertThat(body.wantsTableOfContents()).isTrue();
        assertThat(shown.select("h2").first().id()).isEqualTo("설치-방법");
        assertThat(shown.select("img").get(0).hasAttr("loading")).isFalse();
        assertThat(shown.select("img").get(1).attr("loading")).isEqualTo("lazy");
    }

    @Test
    void reading_time_counts_korean_characters_at_five_hundred_a_minute() {
        assertThat(PostBody.of("<p>" + "글".repeat(1200) + "</p>").readingMinutes()).isEqualTo(3);
        assertThat(PostBody.of("<p>짧은 글</p>").readingMinutes()).isEqualTo(1);
        assertThat(PostBody.of("<h2>하나</h2><p>짧은 글</p>").wantsTableOfContents()).isFalse();
    }

    @Test
    void own_images_get_the_size_the_writer_did_not_give_and_code_blocks_name_their_languages() {
        PostBody body = PostBody.of("<p><img src=\"/media/2026/03/a.png\" height=\"150\"></p>"
                + "<p><img src=\"/media/2026/03/a.png\" width=\"50%\"></p>"
                + "<p><img src=\"https://example.com/b.png\"></p>"
                + "<pre><code class=\"language-Java\">class A {}</code></pre><pre><code>plain</code></pre>",
                sources -> sources.contains("/media/2026/03/a.png")
                        ? java.util.Map.of("/media/2026/03/a.png", new dev.geul.media.ImageSize(400, 300))
                        : java.util.Map.of());
        Document shown = Jsoup.parseBodyFragment(body.html());

        assertThat(shown.select("img").get(0).attr("width")).isEqualTo("200");
        assertThat(shown.select("img").get(1).hasAttr("height")).as("a size in percent is the writer's choice").isFalse();
        assertThat(shown.select("img").get(2).hasAttr("width")).isFalse();
        assertThat(body.codeLanguages()).containsExactly("java");
        assertThat(body.hasCode()).isTrue();
        assertThat(PostBody.of("<p><code>inline</code></p>").hasCode()).isFalse();
    }

    @Test
    void own_photos_offer_their_narrower_copies_for_the_width_they_are_shown_at() {
        String photo = "/media/2026/03/0123456789abcdef0123456789abcdef.jpg";
        String small = "/media/2026/03/fedcba9876543210fedcba9876543210.png";
        String chart = "/media/2026/03/00112233445566778899aabbccddeeff.gif";
        String given = "/media/2026/03/ffeeddccbbaa99887766554433221100.jpg";
        java.util.Map<String, dev.geul.media.ImageSize> sizes = java.util.Map.of(
                photo, new dev.geul.media.ImageSize(1600, 1200), small, new dev.geul.media.ImageSize(400, 300),
                chart, new dev.geul.media.ImageSize(1600, 1200), given, new dev.geul.media.ImageSize(1600, 1200),
                "https://example.com/b.jpg", new dev.geul.media.ImageSize(1600, 1200));
        PostBody body = PostBody.of("<p><img src=\"" + photo + "\"></p><p><img src=\"" + photo + "\" width=\"300\"></p>"
                + "<p><img src=\"" + small + "\"></p><p><img src=\"" + chart + "\"></p>"
                + "<p><img src=\"https://example.com/b.jpg\"></p>"
                + "<p><img src=\"" + given + "\" srcset=\"/mine.jpg 2x\"></p>", sources -> sizes);
        var images = Jsoup.parseBodyFragment(body.html()).select("img");

        String copies = "/media/2026/03/0123456789abcdef0123456789abcdef-480w.jpg 480w, "
                + "/media/2026/03/0123456789abcdef0123456789abcdef-800w.jpg 800w, "
                + "/media/2026/03/0123456789abcdef0123456789abcdef-1200w.jpg 1200w, " + photo + " 1600w";
        assertThat(images.get(0).attr("srcset")).isEqualTo(copies);
        assertThat(images.get(0).attr("sizes")).as("the first image, loaded at once: as wide as the column")
                .isEqualTo("(max-width: 42rem) 100vw, 42rem");
        assertThat(images.get(1).attr("srcset")).isEqualTo(copies);
        assertThat(images.get(1).attr("sizes")).as("lazy, at the width its writer gave")
                .isEqualTo("auto, (max-width: 300px) 100vw, 300px");
        assertThat(images.get(2).hasAttr("srcset")).as("narrower than every copy").isFalse();
        assertThat(images.get(3).hasAttr("srcset")).as("a GIF may move: shown as it is").isFalse();
        assertThat(images.get(4).hasAttr("srcset")).as("another site's image").isFalse();
        assertThat(images.get(5).attr("srcset")).as("the writer's own srcset").isEqualTo("/mine.jpg 2x");
        assertThat(images.get(5).hasAttr("sizes")).isFalse();
    }
}
