package dev.geul.reader;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.base.Permalinks;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.testing.TestImages;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A post's images keep their place while they load, and its code is coloured on the pages that hold code. */
class PostImagesAndCodeIT extends RunningBlog {

    static final String HIGHLIGHTER = "/reader-code.js";
    static final String WORKER = "/reader-code-worker.js";

    @Autowired
    MediaStore media;

    @Test
    void the_blogs_own_images_get_their_size_and_all_but_the_first_load_when_the_reader_nears_them() {
        String cover = upload(TestImages.image("png", 1600, 1200));
        String photo = upload(TestImages.jpegWithOrientation(4032, 3024, 6));
        String chart = upload(TestImages.image("gif", 800, 600));
        PostDetail post = publish(alice, PostDraft.of("사진 여행기", "<p><img src=\"" + cover + "\" alt=\"표지\"></p>"
                + "<p>첫날</p><p><img src=\"" + photo + "\" alt=\"세로 사진\"></p>"
                + "<p><img src=\"https://example.com/remote.png\" alt=\"다른 곳의 그림\"></p>"
                + "<p><img src=\"" + chart + "\" width=\"400\" alt=\"작게 넣은 표\"></p>"));

        Elements images = Jsoup.parse(get(Permalinks.post(post.slug())).body()).select(".post-body img");

        assertThat(images).hasSize(4);
        assertThat(sizeAndLoading(images.get(0))).as("the cover, on the first screen").isEqualTo("1600x1200 eager");
        assertThat(sizeAndLoading(images.get(1))).as("a portrait photo, as it is shown").isEqualTo("3024x4032 lazy");
        assertThat(sizeAndLoading(images.get(2))).as("another site's image: size unknown").isEqualTo("x lazy");
        assertThat(sizeAndLoading(images.get(3))).as("the writer's width kept, the height in proportion")
                .isEqualTo("400x300 lazy");
        assertThat(images.eachAttr("decoding")).containsOnly("async");
    }

    @Test
    void a_post_with_code_loads_the_highlighter_and_a_post_without_code_does_not() {
        PostDetail code = publish(alice, PostDraft.of("자바 입문", "<p>예제:</p><pre><code class=\"language-java\">"
                + "public class Hello {}</code></pre>"));
        PostDetail prose = publish(alice, PostDraft.of("일상", "<p>코드 없는 글</p><p><code>인라인</code>만 있다</p>"));

        HttpResponse<String> withCode = get(Permalinks.post(code.slug()));
        Document codePage = Jsoup.parse(withCode.body());
        Document prosePage = Jsoup.parse(get(Permalinks.post(prose.slug())).body());

        assertThat(codePage.select("script[src='" + HIGHLIGHTER + "'][defer]")).hasSize(1);
        assertThat(codePage.select(".post-body pre > code").attr("class")).isEqualTo("language-java");
        assertThat(prosePage.select("script[src='" + HIGHLIGHTER + "']")).isEmpty();
        assertThat(withCode.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'"));
    }

    @Test
    void the_highlighter_and_every_language_it_offers_are_served_by_the_blog_to_any_reader() {
        HttpResponse<String> script = get(HIGHLIGHTER);
        HttpResponse<String> worker = get(WORKER);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        Matcher base = Pattern.compile("HIGHLIGHT_JS = '(/[^/'][^']*)'").matcher(worker.body());
        assertThat(base.find()).as("highlight.js from the blog itself").isTrue();

        Set<String> files = new LinkedHashSet<>();
        files.add(base.group(1) + "highlight.min.js");
        String more = worker.body().substring(worker.body().indexOf("MORE_LANGUAGES = {"));
        Matcher file = Pattern.compile(": '([a-z]+)'").matcher(more.substring(0, more.indexOf("};")));
        while (file.find()) {
            files.add(base.group(1) + "languages/" + file.group(1) + ".min.js");
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (String path : files) {
            HttpResponse<String> served = get(path);
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.body()).as(path).contains("registerLanguage");
        }
    }

    private static String sizeAndLoading(Element image) {
        return image.attr("width") + "x" + image.attr("height") + " "
                + (image.hasAttr("loading") ? image.attr("loading") : "eager");
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
