package dev.geul.search.words;

import java.util.List;

import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.analysis.WordStems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

    static final WordStems STEMS = new WordStems(KoreanUserDictionary.load(null));

    Vocabulary vocabulary;

    @BeforeEach
    void setUp() {
        VocabularyBuilder builder = new VocabularyBuilder(STEMS);
        builder.addPost("남자친구 생일 선물 고민", "/p/1", "남자친구에게 줄 선물을 고르고 있어요.");
        builder.addPost("회사 생활", "/p/2", "회사에서 쿠버네티스를 배웠다. 회의가 많다.");
        builder.addPost("회식 다음 날", "/p/3", "회사 회식이 길었다. 남자친구가 데리러 왔다.");
        builder.addPost("Kubernetes notes", "/p/4", "Deploying kubernetes clusters with Helm.");
        builder.addTag("쿠버네티스", "/tag/k8s", 2);
        builder.addCategory("일상", "/category/daily", 2);
        vocabulary = builder.build();
    }

    @Test
    void words_are_the_nouns_readers_search_for_without_particles() {
        assertThat(vocabulary.words()).contains("남자친구", "선물", "회사", "쿠버네티스", "회식", "kubernetes")
                .doesNotContain("남자친구에게", "회사에서", "쿠버네티스를", "고르고", "있어요");
    }

    @Test
    void a_typo_is_corrected_to_the_commonest_word_one_letter_away() {
        assertThat(vocabulary.correction("남지친구")).contains("남자친구");
        assertThat(vocabulary.correction("회샤")).contains("회사");
        assertThat(vocabulary.correction("kubernetse")).contains("kubernetes");
        assertThat(vocabulary.correction("회사")).as("a word the blog holds is no typo").isEmpty();
        assertThat(vocabulary.correction("자동차")).as("nothing near it").isEmpty();
    }

    @Test
    void initial_consonants_stand_for_words_of_the_blog() {
        assertThat(vocabulary.withInitials("ㄴㅈㅊㄱ", 3)).containsExactly("남자친구");
        assertThat(vocabulary.withInitials("ㅋㅂㄴㅌㅅ", 3)).containsExactly("쿠버네티스");
        assertThat(vocabulary.withInitials("ㅎㅅ", 5)).as("titles' words first").startsWith("회사").contains("회식");
    }

    @Test
    void suggestions_complete_the_syllable_being_typed() {
        assertThat(texts(vocabulary.suggest("회ㅅ", 8))).contains("회사", "회식", "회사 생활").doesNotContain("회의");
        assertThat(texts(vocabulary.suggest("호", 8))).as("호 on the way to 회").contains("회사", "회의");
        assertThat(texts(vocabulary.suggest("ㄴㅈ", 8))).contains("남자친구");
        assertThat(texts(vocabulary.suggest("kub", 8))).contains("kubernetes", "Kubernetes notes");
        assertThat(texts(vocabulary.suggest("회사 쿠", 8))).as("the last word is completed")
                .contains("회사 쿠버네티스");
    }

    @Test
    void a_tag_suggestion_leads_to_its_page_and_a_title_to_its_post() {
        assertThat(vocabulary.suggest("쿠버", 8)).contains(
                new Suggestion("쿠버네티스", Suggestion.Kind.TAG, "/tag/k8s"));
        assertThat(vocabulary.suggest("남자친구 생", 8)).contains(
                new Suggestion("남자친구 생일 선물 고민", Suggestion.Kind.TITLE, "/p/1"));
        assertThat(vocabulary.suggest("일", 8)).contains(new Suggestion("일상", Suggestion.Kind.CATEGORY,
                "/category/daily"));
    }

    @Test
    void suggestions_keep_to_the_count_asked() {
        assertThat(vocabulary.suggest("ㅎ", 2)).hasSize(2);
        assertThat(vocabulary.suggest("   ", 8)).isEmpty();
    }

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).toList();
    }
}
