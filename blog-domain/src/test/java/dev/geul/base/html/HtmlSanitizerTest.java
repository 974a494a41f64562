package dev.geul.base.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void a_link_may_open_in_a_new_tab_but_not_in_a_named_window() {
        assertThat(sanitizer.sanitizePostHtml("<p><a href=\"https://example.com\" target=\"_blank\">새 탭</a></p>"))
                .isEqualTo("<p><a href=\"https://example.com\" target=\"_blank\" rel=\"nofollow noopener\">새 탭</a></p>");
        assertThat(sanitizer.sanitizePostHtml("<p><a href=\"https://example.com\" target=\"other\">창</a></p>"))
                .doesNotContain("target");
    }

    @Test
    void a_link_that_leads_nowhere_is_kept_as_its_text() {
        assertThat(sanitizer.sanitizePostHtml("<p>앞 <a href=\"javascript:alert(1)\" title=\"t\">글자</a> 뒤</p>"))
                .isEqualTo("<p>앞 글자 뒤</p>");
    }

    @Test
    void folds_figures_tables_and_code_languages_are_kept() {
        String html = "<details><summary>더보기</summary><p>속</p></details>"
                + "<figure><img src=\"/media/a.png\" alt=\"사진\" width=\"300\" height=\"200\" align=\"left\">"
                + "<figcaption>설명</figcaption></figure>"
                + "<table><caption>표</caption><tbody><tr><th scope=\"col\">a</th><td colspan=\"2\">b</td></tr></tbody></table>"
                + "<pre><code class=\"language-java\">int a;</code></pre>";
        assertThat(HtmlOutline.of(sanitizer.sanitizePostHtml(html))).isEqualTo(HtmlOutline.of(html));
    }

    @Test
    void a_known_video_player_is_kept_in_a_sandbox_and_any_other_frame_goes() {
        String youtube = sanitizer.sanitizePostHtml(
                "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" width=\"560\" height=\"315\" allowfullscreen "
                        + "onload=\"alert(1)\" srcdoc=\"<script>alert(1)</script>\"></iframe>");
        assertThat(youtube).contains("src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"", "width=\"560\"", "allowfullscreen",
                "sandbox=\"allow-scripts allow-same-origin allow-popups allow-presentation\"")
                .doesNotContain("onload", "srcdoc", "<script");
        assertThat(sanitizer.sanitizePostHtml("<iframe src=\"https://evil.example/embed/x\"></iframe>")).isEmpty();
        assertThat(sanitizer.sanitizePostHtml("<iframe src=\"javascript:alert(1)\"></iframe>")).isEmpty();
        assertThat(sanitizer.sanitizePostHtml("<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>"))
                .isEmpty();
        // sanitized twice is sanitized once: a saved post saved again is unchanged
        assertThat(sanitizer.sanitizePostHtml(youtube)).isEqualTo(youtube);
    }

    @Test
    void a_line_break_between_list_items_goes_and_the_items_stay() {
        assertThat(sanitizer.sanitizePostHtml("<ul><br><li>하나</li><br><li>둘<br>셋</li></ul>"))
                .isEqualTo("<ul><li>하나</li><li>둘<br>셋</li></ul>");
        assertThat(sanitizer.sanitizePostHtml("<ul></ul><ol> </ol><p>글</p>")).isEqualTo("<p>글</p>");
    }
}
