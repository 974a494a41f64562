package dev.geul.base.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlOutlineTest {

    @Test
    void markup_written_differently_but_shown_the_same_has_one_outline() {
        assertThat(HtmlOutline.of("<p><strong><em>굵고 기울인</em></strong> 글\n  이다</p>"))
                .isEqualTo(HtmlOutline.of("<p><em><strong>굵고 </strong></em><strong><em>기울인</em></strong> 글 이다</p>"));
        assertThat(HtmlOutline.of("<img alt=\"a\" src=\"/media/x.png\">"))
                .isEqualTo(HtmlOutline.of("<img src=\"/media/x.png\" alt=\"a\">"));
        assertThat(HtmlOutline.of("<p>하나</p>\n\n<p>둘</p>")).isEqualTo(HtmlOutline.of("<p>하나</p><p>둘</p>"));
    }

    @Test
    void a_lost_fold_figure_or_table_changes_the_outline() {
        String folded = "<p>앞</p><details><summary>더보기</summary><p>속</p></details>";
        assertThat(HtmlOutline.of(folded)).isNotEqualTo(HtmlOutline.of("<p>앞</p><p>더보기</p><p>속</p>"));
        assertThat(HtmlOutline.of("<figure><img src=\"/media/a.png\"><figcaption>설명</figcaption></figure>"))
                .isNotEqualTo(HtmlOutline.of("<p><img src=\"/media/a.png\"></p><p>설명</p>"));
        assertThat(HtmlOutline.of("<table><tbody><tr><td>1</td></tr></tbody></table>"))
                .isNotEqualTo(HtmlOutline.of("<p>1</p>"));
    }

    @Test
    void a_changed_attribute_word_or_formatting_changes_the_outline() {
        assertThat(HtmlOutline.of("<img src=\"/media/a.png\" width=\"300\">"))
                .isNotEqualTo(HtmlOutline.of("<img src=\"/media/a.png\">"));
        assertThat(HtmlOutline.of("<p>회사에서</p>")).isNotEqualTo(HtmlOutline.of("<p>회사를</p>"));
        assertThat(HtmlOutline.of("<p><b>회사</b></p>")).isNotEqualTo(HtmlOutline.of("<p><strong>회사</strong></p>"));
        assertThat(HtmlOutline.of("<pre><code class=\"language-java\">a  b</code></pre>"))
                .isNotEqualTo(HtmlOutline.of("<pre><code>a b</code></pre>"));
    }

    @Test
    void the_outline_names_each_block_and_run_of_text() {
        assertThat(HtmlOutline.of("<ul><li>첫 <a href=\"https://geul.dev\">링크</a></li></ul>")).containsExactly(
                "<ul>", "  <li>", "    text \"첫 \"", "    text in <a href=\"https://geul.dev\"> \"링크\"");
    }

    @Test
    void spaces_at_the_start_or_end_of_a_line_are_not_shown() {
        assertThat(HtmlOutline.of("<p> 첫 줄 <br>\n 둘째 줄 <cite>출처</cite> </p>"))
                .isEqualTo(HtmlOutline.of("<p>첫 줄<br>둘째 줄 <cite>출처</cite></p>"));
        assertThat(HtmlOutline.of("<p><b> 굵게 </b> 보통</p>")).isEqualTo(HtmlOutline.of("<p><b>굵게 </b>보통</p>"));
        assertThat(HtmlOutline.of("<pre>한 줄<br>둘째 줄</pre>")).isEqualTo(HtmlOutline.of("<pre>한 줄\n둘째 줄</pre>"));
        assertThat(HtmlOutline.of("<p>띄어 쓴</p>")).isNotEqualTo(HtmlOutline.of("<p>띄어쓴</p>"));
    }
}
