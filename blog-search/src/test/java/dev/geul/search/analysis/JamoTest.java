package dev.geul.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JamoTest {

    @Test
    void a_syllable_being_typed_is_a_prefix_of_the_word_it_becomes() {
        assertThat(Jamo.keystrokes("회사")).startsWith(Jamo.keystrokes("회ㅅ")).startsWith(Jamo.keystrokes("호"));
        assertThat(Jamo.keystrokes("하세요")).as("하 then ㅅ shows as 핫 while typing").startsWith(Jamo.keystrokes("핫"));
        assertThat(Jamo.keystrokes("읽기")).startsWith(Jamo.keystrokes("일"));
        assertThat(Jamo.keystrokes("java")).isEqualTo("java");
    }

    @Test
    void initial_consonants_of_a_word() {
        assertThat(Jamo.initials("남자친구")).isEqualTo("ㄴㅈㅊㄱ");
        assertThat(Jamo.initials("카카오톡")).isEqualTo("ㅋㅋㅇㅌ");
        assertThat(Jamo.initials("java")).isNull();
        assertThat(Jamo.isInitialsOnly("ㄴㅈㅊㄱ")).isTrue();
        assertThat(Jamo.isInitialsOnly("ㄴ")).as("one consonant is too little to read").isFalse();
        assertThat(Jamo.isInitialsOnly("ㄴㅏ")).isFalse();
        assertThat(Jamo.isInitialsOnly("남ㅈ")).isFalse();
    }

    @Test
    void words_one_letter_away_from_a_typo() {
        assertThat(Jamo.oneLetterAway("남지친구")).contains("남자친구").doesNotContain("남지친구", "여자친구");
        assertThat(Jamo.oneLetterAway("회샤")).contains("회사");
        assertThat(Jamo.oneLetterAway("하교")).as("a final consonant added").contains("학교");
        assertThat(Jamo.oneLetterAway("핵교")).as("ㅐ for ㅏ").contains("학교");
        assertThat(Jamo.oneLetterAway("항고")).as("two letters away").doesNotContain("학교");
    }
}
