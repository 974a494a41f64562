package dev.geul.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    @Test
    void a_short_passage_stays_as_it_is() {
        assertThat(Snippets.trim("오늘 <mark>회사</mark>에서 &lt;b&gt;", 200)).isEqualTo("오늘 <mark>회사</mark>에서 &lt;b&gt;");
    }

    @Test
    void a_long_passage_is_cut_around_its_first_mark() {
        String html = "가".repeat(300) + "<mark>회사</mark>" + "나".repeat(300);

        String trimmed = Snippets.trim(html, 100);

        assertThat(trimmed).startsWith("…").endsWith("…").contains("<mark>회사</mark>");
        assertThat(trimmed.replace("<mark>", "").replace("</mark>", "")).hasSize(102);
    }

    @Test
    void cuts_never_split_an_entity_and_close_a_mark_cut_open() {
        String html = "&amp;".repeat(10) + "<mark>" + "다".repeat(50) + "</mark>" + "&lt;".repeat(50);

        String trimmed = Snippets.trim(html, 20);

        assertThat(trimmed).isEqualTo("…" + "&amp;".repeat(6) + "<mark>" + "다".repeat(14) + "</mark>…");
        String start = Snippets.trim("&lt;".repeat(80) + "<mark>" + "다".repeat(50) + "</mark>", 30);
        assertThat(start).startsWith("…&lt;").contains("<mark>다");
        assertThat(start.replaceAll("&lt;|<mark>|</mark>|…|다", "")).isEmpty();
    }
}
