package dev.geul.base.html;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void a_code_block_is_fenced_with_its_language_and_comes_back_the_same() {
        String html = "<pre><code class=\"language-java\">class A {\n\n  void b() {}\n}</code></pre>";
        String markdown = Markdown.fromHtml(html);
        assertThat(markdown).startsWith("```java\nclass A {\n\n  void b() {}\n}\n```");
        assertThat(HtmlOutline.of(Markdown.toHtml(markdown))).isEqualTo(HtmlOutline.of(html));
        assertThat(Markdown.fromHtml("<pre><code>plain\n  x</code></pre>")).startsWith("```\nplain\n  x\n```");
        assertThat(Markdown.fromHtml("<pre><code>a ``` b</code></pre>")).startsWith("````\n");
    }

    @Test
    void an_empty_line_is_not_written_as_a_stray_line_break() {
        String markdown = Markdown.fromHtml("<p>하나</p><p></p><p>둘</p>");
        assertThat(markdown).doesNotContain("<br");
        assertThat(HtmlOutline.of(Markdown.toHtml(markdown))).isEqualTo(HtmlOutline.of("<p>하나</p><p></p><p>둘</p>"));
    }

    @Test
    void what_markdown_cannot_say_stays_html_and_the_round_trip_changes_nothing() {
        List<String> samples = List.of(
                "<h2>제목</h2><p>글 <strong>굵게</strong> <em>기울여</em> <a href=\"https://example.com\">링크</a></p>",
                "<details><summary>더보기</summary><p>접힌 글</p></details>",
                "<figure><img src=\"/media/a.png\" alt=\"사진\" width=\"300\"><figcaption>설명</figcaption></figure>",
                "<table><caption>표</caption><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
                "<ul><li>하나</li><li>둘<ul><li>셋</li></ul></li></ul><ol start=\"3\"><li>가</li></ol>",
                "<blockquote><p>인용</p></blockquote><hr><p>한 줄<br>두 줄</p>",
                "<figure><pre><code class=\"language-sql\">select 1;\n\n\nselect 2;</code></pre><figcaption>쿼리</figcaption></figure>");
        for (String html : samples) {
            String markdown = Markdown.fromHtml(html);
            assertThat(HtmlOutline.of(Markdown.toHtml(markdown))).as(markdown).isEqualTo(HtmlOutline.of(html));
            assertThat(Markdown.fromHtml(Markdown.toHtml(markdown))).as("written again").isEqualTo(markdown);
        }
        assertThat(Markdown.fromHtml(samples.getFirst())).isEqualTo(
                "## 제목\n\n글 **굵게** *기울여* [링크](https://example.com)\n");
    }
}
