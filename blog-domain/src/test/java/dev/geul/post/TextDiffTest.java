package dev.geul.post;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

    @Test
    void the_changed_korean_words_are_named_and_the_rest_kept() {
        List<RevisionDiff.Segment> diff = TextDiff.between("<p>회사에서 쿠버네티스를 배웠다.</p>",
                "<p>회사에서 <strong>도커를</strong> 배웠다.</p>");

        assertThat(diff).containsExactly(
                new RevisionDiff.Segment(RevisionDiff.Change.SAME, "회사에서 "),
                new RevisionDiff.Segment(RevisionDiff.Change.REMOVED, "쿠버네티스를"),
                new RevisionDiff.Segment(RevisionDiff.Change.ADDED, "도커를"),
                new RevisionDiff.Segment(RevisionDiff.Change.SAME, " 배웠다."));
    }

    @Test
    void a_new_paragraph_is_an_added_line_and_markup_alone_is_no_change() {
        List<RevisionDiff.Segment> diff = TextDiff.between("<p>첫 문단</p>", "<p><em>첫 문단</em></p><p>둘째 문단</p>");

        assertThat(diff).extracting(RevisionDiff.Segment::change)
                .containsExactly(RevisionDiff.Change.SAME, RevisionDiff.Change.ADDED);
        assertThat(diff.getLast().text()).isEqualTo("\n둘째 문단");
        assertThat(TextDiff.between("<p>같은 글</p>", "<p><b>같은</b> 글</p>"))
                .containsExactly(new RevisionDiff.Segment(RevisionDiff.Change.SAME, "같은 글"));
    }

    @Test
    void the_readable_text_keeps_paragraphs_and_line_breaks_apart() {
        assertThat(TextDiff.readableText("<h2>제목</h2><p>한 줄<br>두 줄</p><ul><li>하나</li><li>둘</li></ul>"))
                .isEqualTo("제목\n한 줄\n두 줄\n하나\n둘");
    }

    @Test
    void a_fold_that_goes_is_a_change_even_when_its_words_stay() {
        List<RevisionDiff.Segment> diff = TextDiff.between(
                "<p>앞</p><details><summary>더보기</summary><p>속 글</p></details>",
                "<p>앞</p><p>더보기</p><p>속 글</p>");
        assertThat(diff).extracting(RevisionDiff.Segment::change).contains(RevisionDiff.Change.REMOVED);
        assertThat(diff).filteredOn(segment -> segment.change() == RevisionDiff.Change.REMOVED)
                .extracting(RevisionDiff.Segment::text).anyMatch(text -> text.contains("⟦fold⟧"));
    }

    @Test
    void figures_tables_images_and_code_blocks_have_markers() {
        assertThat(TextDiff.readableText("<figure><img src=\"/media/2024/01/a.png\"><figcaption>설명</figcaption></figure>"
                + "<table><tbody><tr><td>1</td></tr></tbody></table><pre><code class=\"language-java\">int a;</code></pre><hr>"))
                .isEqualTo("⟦figure⟧\n⟦image a.png⟧\n설명\n⟦table⟧\n⟦row⟧\n1\n⟦code java⟧\nint a;\n⟦rule⟧");
    }
}
