package dev.geul.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.ui.editor.PostBodyField;
import dev.geul.ui.editor.TipTapEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text the browser kept: offered only when it differs from the server's, and taken up only when chosen. */
class BrowserCopyTest extends BrowserlessTest {

    PostBodyField text;
    EditorNotices notices;
    final List<String> broughtBack = new ArrayList<>();

    @BeforeEach
    void place() {
        text = new PostBodyField(new HtmlSanitizer());
        notices = new EditorNotices(ZoneId.of("Asia/Seoul"));
        UI.getCurrent().add(notices, text);
        new BrowserCopy(text, notices, () -> broughtBack.add(text.getValue()));
        text.setValue("<p>서버에 있는 글</p>");
    }

    /** What the browser sends when it holds a text of the post on opening. */
    private void browserOffers(String html) {
        browserKept(html, null);
    }

    /** What the browser sends when the writer was writing Markdown: the Markdown as typed. */
    private void browserOffersMarkdown(String markdown) {
        browserKept(null, markdown);
    }

    private void browserKept(String html, String markdown) {
        TipTapEditor rich = text.getChildren().flatMap(Component::getChildren)
                .filter(TipTapEditor.class::isInstance).map(TipTapEditor.class::cast).findFirst().orElseThrow();
        ComponentUtil.fireEvent(rich, new TipTapEditor.LocalCopyEvent(rich, true, html, markdown,
                Instant.parse("2026-12-07T09:00:00Z").toEpochMilli()));
    }

    @Test
    void a_copy_that_reads_as_the_servers_text_is_not_offered() {
        browserOffers("<p>서버에 있는 글</p>");

        assertThat(notices.getChildren()).isEmpty();
    }

    @Test
    void a_copy_the_server_lacks_is_shown_and_becomes_the_text_only_when_brought_back() {
        browserOffers("<p>서버에 있는 글, 그리고 떡볶이 이야기</p>");

        assertThat(notices.getElement().getTextRecursively()).contains("떡볶이");
        assertThat(text.getValue()).isEqualTo("<p>서버에 있는 글</p>");

        test($(Button.class).withText(notices.getTranslation("editor.local.restore")).single()).click();

        assertThat(text.getValue()).isEqualTo("<p>서버에 있는 글, 그리고 떡볶이 이야기</p>");
        assertThat(broughtBack).containsExactly("<p>서버에 있는 글, 그리고 떡볶이 이야기</p>");
        assertThat(notices.getChildren()).isEmpty();
    }

    @Test
    void a_copy_let_go_leaves_the_text_as_the_server_has_it() {
        browserOffers("<p>다른 글</p>");

        test($(Button.class).withText(notices.getTranslation("editor.local.discard")).single()).click();

        assertThat(text.getValue()).isEqualTo("<p>서버에 있는 글</p>");
        assertThat(broughtBack).isEmpty();
        assertThat(notices.getChildren()).isEmpty();
    }

    @Test
    void markdown_the_server_lacks_is_offered_and_brought_back_as_the_rich_text_it_stands_for() {
        browserOffersMarkdown("서버에 있는 글\n\n## 김치찌개 끓이는 법\n\n- 김치 <script>alert(1)</script>");

        assertThat(notices.getElement().getTextRecursively()).contains("김치찌개 끓이는 법");
        assertThat(text.getValue()).isEqualTo("<p>서버에 있는 글</p>");

        test($(Button.class).withText(notices.getTranslation("editor.local.restore")).single()).click();

        assertThat(text.getValue()).startsWith("<p>서버에 있는 글</p>").contains("<h2>김치찌개 끓이는 법</h2>")
                .contains("<li>김치").doesNotContain("<script");
    }

    @Test
    void markdown_that_reads_as_the_servers_text_is_not_offered() {
        browserOffersMarkdown("서버에 있는 글");

        assertThat(notices.getChildren()).isEmpty();
    }
}
