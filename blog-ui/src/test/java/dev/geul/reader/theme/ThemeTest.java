package dev.geul.reader.theme;

import java.util.List;
import java.util.Map;

import dev.geul.site.ThemeName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTest {

    record Post(String title, String bodyHtml, List<String> tags) {
    }

    record SafePost(String title, @HtmlValue String bodyHtml) {
    }

    private static Theme theme(Map<String, String> templates) {
        return new Theme("test", "", templates::get);
    }

    @Test
    void every_value_is_escaped_but_the_one_written_with_three_braces() {
        Theme theme = theme(Map.of("layout", "<main>{{{content}}}</main>",
                "post", "<h1>{{page.title}}</h1>{{{page.bodyHtml}}}{{#page.tags}}<i>{{.}}</i>{{/page.tags}}"));

        String html = theme.render("post", Map.of("page",
                new Post("<script>alert(1)</script>", "<p>본문</p>", List.of("<b>태그</b>"))));

        assertThat(html).isEqualTo("<main><h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p>본문</p>"
                + "<i>&lt;b&gt;태그&lt;/b&gt;</i></main>");
    }

    @Test
    void a_template_reaches_the_page_s_data_and_never_the_code_behind_it() {
        Theme theme = theme(Map.of("layout", "{{{content}}}",
                "post", "[{{page.title.class}}][{{page.title.bytes}}][{{page.hashCode}}][{{page.class.classLoader}}]"
                        + "[{{page.tags.size}}]"));

        String html = theme.render("post", Map.of("page", new Post("제목", "", List.of("a"))));

        assertThat(html).isEqualTo("[][][][][]");
    }

    @Test
    void the_built_in_themes_render_a_page_and_column_falls_back_to_classic_s_partials() {
        Themes themes = new Themes();

        for (ThemeName name : ThemeName.values()) {
            Theme theme = themes.get(name);
            assertThat(theme.has("layout")).isTrue();
            assertThat(theme.has("comments")).isTrue();
            assertThat(theme.css()).contains("word-break: keep-all").contains("@media print");
        }
        assertThat(themes.get(ThemeName.COLUMN).css()).contains("body.column");
    }

    @Test
    void an_uploaded_theme_escapes_everything_but_safe_html_whatever_its_braces_and_reaches_no_other_template() {
        Map<String, String> templates = Map.of("layout", "<main>{{content}}</main>",
                "post", "<h1>{{{page.title}}}</h1><h2>{{&page.title}}</h2>{{page.bodyHtml}}[{{> ../column/layout}}]"
                        + "[{{> nothing}}]");
        Theme theme = Theme.uploaded("mine", "", "/theme-files/mine/1/",
                name -> templates.getOrDefault(name, Themes.classicTemplate(name)), null);

        String html = theme.render("post", Map.of("page",
                new SafePost("<script>alert(1)</script>", "<p>본문</p>")));

        assertThat(html).isEqualTo("<main><h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"
                + "<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2><p>본문</p>[][]</main>");
    }

    @Test
    void an_uploaded_theme_that_fails_to_render_leaves_the_page_to_its_fallback() {
        Theme fallback = theme(Map.of("layout", "{{{content}}}", "post", "classic"));
        Theme looping = Theme.uploaded("loop", "", "/theme-files/loop/1/",
                Map.of("layout", "{{{content}}}", "post", "{{> post}}")::get, fallback);

        assertThat(looping.render("post", Map.of())).isEqualTo("classic");
    }
}
