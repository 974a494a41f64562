package dev.geul.search.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanAnalyzerTest {

    private final KoreanAnalyzer korean = new KoreanAnalyzer(KoreanUserDictionary.load(null));

    @Test
    void particles_and_endings_fall_away_from_nouns() {
        assertThat(korean.terms("회사에서")).containsExactly("회사");
        assertThat(korean.terms("회사를")).containsExactly("회사");
        assertThat(korean.terms("회사라")).containsExactly("회사");
        assertThat(korean.terms("꿈을 꾸었다")).startsWith("꿈");
    }

    @Test
    void a_reading_keeps_to_the_word_unless_nori_drops_its_start_or_reads_a_noun_it_does_not_spell() {
        assertThat(korean.readsAsWritten("회사에서")).isTrue();
        assertThat(korean.readsAsWritten("감정기복")).isTrue();
        assertThat(korean.readsAsWritten("생각들")).isTrue();
        assertThat(korean.readsAsWritten("했어")).isTrue();
        assertThat(korean.readsAsWritten("쿠버네티스를")).isTrue();
        assertThat(korean.readsAsWritten("會社")).isTrue();
        assertThat(korean.terms("쌩얼")).containsExactly("얼");
        assertThat(korean.readsAsWritten("쌩얼")).isFalse();
        assertThat(korean.terms("인지")).containsExactly("이");
        assertThat(korean.readsAsWritten("인지")).isFalse();
    }

    @Test
    void the_shipped_dictionary_keeps_loanwords_whole() {
        assertThat(korean.terms("쿠버네티스를")).containsExactly("쿠버네티스");
        assertThat(korean.terms("티스토리에")).containsExactly("티스토리");
        KoreanAnalyzer bare = new KoreanAnalyzer(KoreanUserDictionary.of(List.of()));
        assertThat(bare.terms("쿠버네티스를")).isNotEqualTo(List.of("쿠버네티스"));
    }

    @Test
    void english_is_lowercased_and_plurals_folded_and_numbers_kept() {
        assertThat(korean.terms("MLOps 엔지니어")).containsExactly("mlop", "엔지니어");
        assertThat(korean.terms("Models")).containsExactly("model");
        assertThat(korean.terms("2023년")).containsExactly("2023", "년");
    }

    @Test
    void hanja_is_read_as_hangul() {
        assertThat(korean.terms("會社")).containsExactly("회사");
    }

    @Test
    void an_admin_word_joins_the_dictionary(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("userdict_ko.txt");
        Files.writeString(file, "# 우리 팀의 도구\n아르고시디\n잘못된 줄 입니다\n", StandardCharsets.UTF_8);

        KoreanUserDictionary dictionary = KoreanUserDictionary.load(file);

        assertThat(dictionary.rules()).contains("쿠버네티스", "아르고시디").doesNotContain("잘못된 줄 입니다");
        assertThat(new KoreanAnalyzer(dictionary).terms("아르고시디를")).containsExactly("아르고시디");
        assertThat(korean.terms("아르고시디를")).isNotEqualTo(List.of("아르고시디"));
    }

    @Test
    void a_compound_entry_is_split_into_its_parts() {
        assertThat(korean.terms("스프링부트로")).containsExactly("스프링", "부트");
    }

    @Test
    void hangul_prefixes_carry_their_own_offsets() throws IOException {
        List<String> tokens = tokens(new HangulPrefixAnalyzer(), "AWS쿠버네티스를 써");

        assertThat(tokens).containsExactly("쿠@3-4+1", "쿠버@3-5+0", "쿠버네@3-6+0", "쿠버네티@3-7+0", "쿠버네티스@3-8+0",
                "쿠버네티스를@3-9+0", "써@10-11+1");
    }

    @Test
    void a_long_word_is_indexed_by_its_first_syllables_and_queried_alike() throws IOException {
        String word = "가".repeat(KoreanAnalysis.MAX_PREFIX_LENGTH + 5);

        assertThat(tokens(new HangulPrefixAnalyzer(), word)).hasSize(KoreanAnalysis.MAX_PREFIX_LENGTH);
        assertThat(tokens(new HangulWordAnalyzer(), word + "를"))
                .containsExactly("가".repeat(KoreanAnalysis.MAX_PREFIX_LENGTH) + "@0-26+1");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + increment.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }
}
