package dev.geul.ui.editor;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import dev.geul.base.html.HtmlSanitizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of a post as one field, rich or Markdown: its value is the HTML, and switching loses nothing. */
class PostBodyFieldTest extends BrowserlessTest {

    static final String WITH_CODE = "<h2>설치</h2><p>먼저 <strong>이것</strong>을 씁니다.</p>"
            + "<pre><code class=\"language-java\">int answer = 42;\n</code></pre>";

    PostBodyField field;
    final List<HasValue.ValueChangeEvent<String>> heard = new ArrayList<>();

    @BeforeEach
    void place() {
        field = new PostBodyField(new HtmlSanitizer());
        UI.getCurrent().add(field);
        field.addValueChangeListener(heard::add);
    }

    @Test
    void the_value_set_is_the_value_read_and_is_what_the_rich_editor_shows() {
        field.setValue(WITH_CODE);

        assertThat(field.getValue()).isEqualTo(WITH_CODE);
        assertThat(field.rich.getValue()).isEqualTo(WITH_CODE);
        assertThat(heard).singleElement().satisfies(e -> assertThat(e.isFromClient()).isFalse());
    }

    @Test
    void switching_to_markdown_and_back_keeps_the_text_and_a_code_blocks_language() {
        field.setValue(WITH_CODE);

        test(field.markdownMode).click();

        assertThat(field.isMarkdownMode()).isTrue();
        assertThat(field.markdown.isVisible()).isTrue();
        assertThat(field.showsRichText()).isFalse();
        assertThat(field.rich.isVisible()).as("hidden in the page, still heard: its autosave tick goes on").isTrue();
        assertThat(field.markdown.getValue()).contains("## 설치").contains("**이것**")
                .contains("```java\nint answer = 42;\n```");
        assertThat(field.getValue()).isEqualTo(WITH_CODE);

        test(field.markdownMode).click();

        assertThat(field.showsRichText()).isTrue();
        assertThat(field.markdown.isVisible()).isFalse();
        assertThat(field.getValue()).isEqualTo(WITH_CODE);
        assertThat(heard).hasSize(1);
    }

    @Test
    void what_is_written_in_markdown_is_the_value_as_html_and_stays_when_switching_back() {
        field.setValue(WITH_CODE);
        field.setMarkdownMode(true);
        heard.clear();

        test(field.markdown).setValue(field.markdown.getValue() + "\n끝으로 [링크](https://example.com)\n");

        assertThat(field.getValue()).contains("<h2>설치</h2>").contains("<strong>이것</strong>")
                .contains("<pre><code class=\"language-java\">int answer = 42;\n</code></pre>")
                .contains("<a href=\"https://example.com\"").contains(">링크</a>");
        assertThat(field.rich.getValue()).isEqualTo(field.getValue());
        // the writer's own change, as typing in the rich editor is
        assertThat(heard).singleElement().satisfies(e -> assertThat(e.isFromClient()).isTrue());

        String written = field.getValue();
        field.setMarkdownMode(false);
        assertThat(field.getValue()).isEqualTo(written);
        assertThat(field.rich.getValue()).isEqualTo(written);
    }

    @Test
    void a_value_set_while_writing_in_markdown_shows_there() {
        field.setMarkdownMode(true);

        field.setValue("<p>서버가 가져온 글</p>");

        assertThat(field.markdown.getValue().strip()).isEqualTo("서버가 가져온 글");
        assertThat(field.getValue()).isEqualTo("<p>서버가 가져온 글</p>");
    }

    @Test
    void a_change_in_the_rich_editor_is_the_fields_value() {
        field.rich.setValue("<p>고친 글</p>");

        assertThat(field.getValue()).isEqualTo("<p>고친 글</p>");
        assertThat(heard).hasSize(1);
    }

    @Test
    void markdown_becomes_cleaned_rich_text() {
        String html = field.fromMarkdown("# 붙여 넣은 제목\n\n- **굵은** 항목\n\n<script>alert(1)</script>");

        assertThat(html).contains("<h1>붙여 넣은 제목</h1>").contains("<strong>굵은</strong>").doesNotContain("<script");
    }
}
