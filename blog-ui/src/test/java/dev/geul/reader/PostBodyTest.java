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
}
