package dev.geul.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    @Test
    void a_short_text_is_shown_whole_escaped_with_its_words_marked_inside_longer_words() {
        assertThat(Snippets.highlight("오늘 회사에서 <b>회의</b> & 회사를 나왔다", List.of("회사"), 200))
                .isEqualTo("오늘 <mark>회사</mark>에서 &lt;b&gt;회의&lt;/b&gt; &amp; <mark>회사</mark>를 나왔다");
    }

    @Test
    void words_are_found_in_any_case_and_keep_the_case_of_the_text() {
        assertThat(Snippets.highlight("Spring Boot와 스프링", List.of("spring", "boot"), 200))
                .isEqualTo("<mark>Spring</mark> <mark>Boot</mark>와 스프링");
    }

    @Test
    void a_long_text_is_cut_around_the_first_word_with_ellipses() {
        String text = "가".repeat(300) + "회사" + "나".repeat(300);

        String snippet = Snippets.highlight(text, List.of("회사"), 200);

        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>회사</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "")).hasSize(200);
        assertThat(snippet.indexOf("<mark>")).isEqualTo(1 + Snippets.CONTEXT_BEFORE);
    }

    @Test
    void the_passage_holding_more_different_words_wins_over_the_first_one() {
        String text = "회사 " + "다".repeat(400) + " 회사 그리고 연봉 이야기 " + "라".repeat(400);

        String snippet = Snippets.highlight(text, List.of("회사", "연봉"), 100);

        assertThat(snippet).contains("<mark>회사</mark> 그리고 <mark>연봉</mark>");
    }

    @Test
    void of_a_post_and_its_comments_the_text_marking_more_words_gives_the_snippet() {
        List<String> texts = List.of("회사 이야기", "댓글: 회사 그리고 연봉", "관계 없는 댓글");

        assertThat(Snippets.best(texts, List.of("회사", "연봉"))).isEqualTo("댓글: <mark>회사</mark> 그리고 <mark>연봉</mark>");
        assertThat(Snippets.best(texts, List.of("회사"))).isEqualTo("<mark>회사</mark> 이야기");
        assertThat(Snippets.best(texts, List.of("여행"))).isNull();
    }

    @Test
    void the_longer_of_two_words_starting_at_the_same_place_is_marked_once() {
        assertThat(Snippets.highlight("남자친구랑 친구를 만났다", List.of("친구", "남자친구"), 200))
                .isEqualTo("<mark>남자친구</mark>랑 <mark>친구</mark>를 만났다");
    }

    @Test
    void no_snippet_when_no_word_is_in_the_text_and_escaping_cannot_be_escaped() {
        assertThat(Snippets.highlight("아무 관계 없는 글", List.of("회사"), 200)).isNull();
        assertThat(Snippets.highlight("", List.of("회사"), 200)).isNull();
        assertThat(Snippets.highlight("<mark>회사</mark>", List.of("mark"), 200))
                .isEqualTo("&lt;<mark>mark</mark>&gt;회사&lt;/<mark>mark</mark>&gt;");
    }

    @Test
    void a_cut_never_splits_a_character_outside_the_basic_plane() {
        String text = "😀".repeat(200) + "회사" + "😀".repeat(200);

        String snippet = Snippets.highlight(text, List.of("회사"), 51);

        String plain = snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "");
        assertThat(plain.codePoints().filter(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE))
                .isEmpty();
        assertThat(plain).contains("회사");
    }
}
