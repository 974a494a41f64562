package dev.geul.search;

import java.util.List;

import dev.geul.search.analysis.KoreanAnalyzer;
import dev.geul.search.analysis.KoreanUserDictionary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryWordsTest {

    private final QueryWords words = new QueryWords(new KoreanAnalyzer(KoreanUserDictionary.load(null)));

    @Test
    void words_are_split_at_spaces_and_trimmed_of_punctuation() {
        assertThat(words.parse("  \"회사에서\",  쿠버네티스를! ")).extracting(QueryWords.Word::text)
                .containsExactly("회사에서", "쿠버네티스를");
        assertThat(words.parse("회사에서")).singleElement().satisfies(word -> {
            assertThat(word.noriTerms()).containsExactly("회사");
            assertThat(word.hangul()).isEqualTo("회사에서");
        });
    }

    @Test
    void lone_particles_and_punctuation_are_dropped_but_adverbs_kept() {
        assertThat(words.parse("을 를 ... 정말")).extracting(QueryWords.Word::text).containsExactly("정말");
        assertThat(words.parse("정말").getFirst().noriTerms()).isEmpty();
    }

    @Test
    void mixed_words_have_no_hangul_prefix_and_repeats_count_once() {
        assertThat(words.parse("MLOps mlops 2023년")).extracting(QueryWords.Word::text, QueryWords.Word::hangul)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MLOps", null),
                        org.assertj.core.groups.Tuple.tuple("2023년", null));
    }

    @Test
    void decomposed_hangul_is_composed_first() {
        String decomposed = java.text.Normalizer.normalize("회사", java.text.Normalizer.Form.NFD);

        assertThat(words.parse(decomposed).getFirst().hangul()).isEqualTo("회사");
    }

    @Test
    void at_most_ten_words_count() {
        assertThat(words.parse(String.join(" ", List.of("가방", "나무", "다리", "라면", "마음", "바다", "사과", "아이",
                "자리", "차표", "카드", "타조")))).hasSize(QueryWords.MAX_WORDS);
    }
}
