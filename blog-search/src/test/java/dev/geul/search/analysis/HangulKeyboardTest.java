package dev.geul.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HangulKeyboardTest {

    @Test
    void korean_typed_in_english_mode_is_read_as_meant() {
        assertThat(HangulKeyboard.toHangul("skawkclsrn")).isEqualTo("남자친구");
        assertThat(HangulKeyboard.toHangul("rhdqn")).isEqualTo("공부");
        assertThat(HangulKeyboard.toHangul("dkssudgktpdy")).isEqualTo("안녕하세요");
        assertThat(HangulKeyboard.toHangul("tkfkd")).isEqualTo("사랑");
        assertThat(HangulKeyboard.toHangul("dlfrl")).as("a final ㄹㄱ before a vowel splits").isEqualTo("일기");
        assertThat(HangulKeyboard.toHangul("dlfr")).as("and stays together at the end").isEqualTo("읽");
        assertThat(HangulKeyboard.toHangul("ghkdlxld")).as("compound vowels").isEqualTo("화이팅");
        assertThat(HangulKeyboard.toHangul("Tkdrhk")).as("shift for doubled consonants").isEqualTo("쌍과");
        assertThat(HangulKeyboard.toHangul("zkzkdhxhr")).isEqualTo("카카오톡");
    }

    @Test
    void english_typed_in_korean_mode_is_read_as_meant() {
        assertThat(HangulKeyboard.toLatin("햐ㅅ")).isEqualTo("git");
        assertThat(HangulKeyboard.toLatin("ㅓㅁㅍㅁ")).isEqualTo("java");
        assertThat(HangulKeyboard.toLatin(HangulKeyboard.toHangul("kubernetes"))).isEqualTo("kubernetes");
    }

    @Test
    void which_mode_a_query_may_have_been_typed_in() {
        assertThat(HangulKeyboard.looksLikeLatinTyping("skawkclsrn")).isTrue();
        assertThat(HangulKeyboard.looksLikeLatinTyping("java 17")).isFalse();
        assertThat(HangulKeyboard.looksLikeHangulTyping("햐ㅅ")).isTrue();
        assertThat(HangulKeyboard.looksLikeHangulTyping("git")).isFalse();
    }
}
