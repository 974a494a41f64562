package dev.geul.ui.base;

import dev.geul.ui.base.KoreanParticles.Particle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanParticlesTest {

    @Test
    void a_word_ending_in_a_vowel_takes_the_open_forms() {
        assertThat(KoreanParticles.attach("민지", Particle.EURO)).isEqualTo("민지로");
        assertThat(KoreanParticles.attach("민지", Particle.EUL)).isEqualTo("민지를");
        assertThat(KoreanParticles.attach("민지", Particle.I)).isEqualTo("민지가");
        assertThat(KoreanParticles.attach("민지", Particle.EUN)).isEqualTo("민지는");
        assertThat(KoreanParticles.attach("민지", Particle.GWA)).isEqualTo("민지와");
    }

    @Test
    void a_word_ending_in_a_consonant_takes_the_closed_forms() {
        assertThat(KoreanParticles.attach("지훈", Particle.EURO)).isEqualTo("지훈으로");
        assertThat(KoreanParticles.attach("지훈", Particle.EUL)).isEqualTo("지훈을");
        assertThat(KoreanParticles.attach("지훈", Particle.I)).isEqualTo("지훈이");
        assertThat(KoreanParticles.attach("지훈", Particle.EUN)).isEqualTo("지훈은");
        assertThat(KoreanParticles.attach("지훈", Particle.GWA)).isEqualTo("지훈과");
    }

    @Test
    void rieul_takes_ro_but_the_closed_forms_of_the_other_particles() {
        assertThat(KoreanParticles.attach("서울", Particle.EURO)).isEqualTo("서울로");
        assertThat(KoreanParticles.attach("서울", Particle.EUL)).isEqualTo("서울을");
        assertThat(KoreanParticles.attach("서울", Particle.EUN)).isEqualTo("서울은");
    }

    @Test
    void numbers_are_read_aloud_to_choose() {
        assertThat(KoreanParticles.attach("1", Particle.EURO)).isEqualTo("1로");
        assertThat(KoreanParticles.attach("2", Particle.EURO)).isEqualTo("2로");
        assertThat(KoreanParticles.attach("3", Particle.EURO)).isEqualTo("3으로");
        assertThat(KoreanParticles.attach("2", Particle.I)).isEqualTo("2가");
        assertThat(KoreanParticles.attach("3", Particle.I)).isEqualTo("3이");
        assertThat(KoreanParticles.attach("6", Particle.EUN)).isEqualTo("6은");
        assertThat(KoreanParticles.attach("7", Particle.EUL)).isEqualTo("7을");
        assertThat(KoreanParticles.attach("9", Particle.EUL)).isEqualTo("9를");
        assertThat(KoreanParticles.attach("10", Particle.EURO)).isEqualTo("10으로");
        assertThat(KoreanParticles.attach("1000", Particle.GWA)).isEqualTo("1000과");
        assertThat(KoreanParticles.attach("글 2024", Particle.I)).isEqualTo("글 2024가");
        assertThat(KoreanParticles.attach("0", Particle.EUN)).isEqualTo("0은");
    }

    @Test
    void an_acronym_is_read_by_its_letters_names() {
        assertThat(KoreanParticles.attach("URL", Particle.EURO)).isEqualTo("URL로");
        assertThat(KoreanParticles.attach("URL", Particle.EUL)).isEqualTo("URL을");
        assertThat(KoreanParticles.attach("API", Particle.EUL)).isEqualTo("API를");
        assertThat(KoreanParticles.attach("HTM", Particle.I)).isEqualTo("HTM이");
    }

    @Test
    void a_latin_word_keeps_the_double_form_since_its_reading_is_unknown() {
        assertThat(KoreanParticles.attach("admin", Particle.EURO)).isEqualTo("admin(으)로");
        assertThat(KoreanParticles.attach("WordPress", Particle.EUN)).isEqualTo("WordPress은(는)");
        assertThat(KoreanParticles.attach("", Particle.I)).isEqualTo("이(가)");
    }

    @Test
    void a_message_s_double_forms_follow_the_words_before_them_through_closing_quotes() {
        assertThat(KoreanParticles.resolve("민지(으)로 로그인함")).isEqualTo("민지로 로그인함");
        assertThat(KoreanParticles.resolve("“서울”은(는) 이미 다른 묶음에 있습니다: 서울, 한양"))
                .isEqualTo("“서울”은 이미 다른 묶음에 있습니다: 서울, 한양");
        assertThat(KoreanParticles.resolve("“커피”에 대한 결과가 없어 “카페”(으)로 찾았습니다"))
                .isEqualTo("“커피”에 대한 결과가 없어 “카페”로 찾았습니다");
        assertThat(KoreanParticles.resolve("bob(으)로 로그인함")).isEqualTo("bob(으)로 로그인함");
        assertThat(KoreanParticles.resolve("괄호(없음)")).isEqualTo("괄호(없음)");
    }
}
