package dev.geul.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.search.analysis.KoreanAnalysis;
import dev.geul.search.analysis.KoreanAnalyzer;
import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.SharedData;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/** Search on a real Korean blog post: each paragraph of shared/data/seed-post-ko.txt is a post. */
@SpringBootTest
class KoreanSearchIT {

    /** Loanwords of the seed post, some in the shipped dictionary, some not (메인, 코드, 시퀀스…). */
    static final List<String> LOANWORDS = List.of("쿠버네티스", "티스토리", "리팩터링", "스타트업", "리서처", "시퀀스",
            "데이터", "도메인", "모델", "엔지니어", "엔지니어링", "커리어", "포지션", "서빙", "메인", "아이러니", "메타인지",
            "마인드", "피드백", "인프라", "서비스", "자바", "코드", "스타일", "펀드", "프로젝트", "시니어", "메리트",
            "카테고리");

    @Autowired
    SearchService search;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;

    BlogUser alice;
    List<String> paragraphs;
    Map<Long, Integer> paragraphOfPost;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        alice = fixtures.author("alice");
        paragraphs = SharedData.read("seed-post-ko.txt").lines().filter(line -> !line.isBlank()).toList();
        paragraphOfPost = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String html = "<p>" + Snippets.escape(paragraphs.get(i)) + "</p>";
            PostDetail post = publish("문단 " + (i + 1), html);
            paragraphOfPost.put(post.id(), i);
        }
    }

    private PostDetail publish(String title, String html) {
        return as(alice, () -> posts.publish(posts.create(PostDraft.of(title, html)).id()));
    }

    private Set<Integer> foundParagraphs(String query) {
        SearchResult result = asGuest(() -> search.search(SearchQuery.of(query).page(0, SearchService.MAX_PAGE_SIZE)));
        Set<Integer> found = new TreeSet<>();
        result.hits().forEach(hit -> found.add(paragraphOfPost.get(hit.id())));
        return found;
    }

    /** Paragraphs where a word starts with {@code word}: 쿠버네티스를 holds 쿠버네티스, 도메인 does not hold 메인. */
    private Set<Integer> paragraphsHolding(String word) {
        Set<Integer> holding = new TreeSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher run = KoreanAnalysis.HANGUL_RUN_PATTERN.matcher(paragraphs.get(i));
            while (run.find()) {
                if (run.group().startsWith(word)) {
                    holding.add(i);
                }
            }
        }
        return holding;
    }

    @Test
    void kubernetes_finds_exactly_the_paragraphs_that_say_it() {
        Set<Integer> expected = new TreeSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains("쿠버네티스를")) {
                expected.add(i);
            }
        }
        assertThat(expected).hasSize(2);

        assertThat(foundParagraphs("쿠버네티스")).isEqualTo(expected);
        assertThat(foundParagraphs("쿠버네티스를")).isEqualTo(expected);
    }

    @Test
    void kubernetes_is_marked_in_the_snippet() {
        List<String> snippets = asGuest(() -> search.search(SearchQuery.of("쿠버네티스"))).hits().stream()
                .map(SearchHit::snippet).toList();

        assertThat(snippets).hasSize(2).allSatisfy(snippet -> assertThat(snippet).contains("<mark>쿠버네티스</mark>를"));
    }

    @Test
    void every_loanword_finds_exactly_the_paragraphs_that_hold_it() {
        List<String> mismatches = new ArrayList<>();
        for (String word : LOANWORDS) {
            Set<Integer> expected = paragraphsHolding(word);
            assertThat(expected).as("paragraphs holding %s", word).isNotEmpty();
            Set<Integer> found = foundParagraphs(word);
            if (!found.equals(expected)) {
                mismatches.add(word + ": expected " + expected + " but found " + found);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void a_loanword_in_no_dictionary_is_still_found_where_it_starts_a_word_and_nowhere_else() {
        KoreanAnalyzer withoutDictionary = new KoreanAnalyzer(KoreanUserDictionary.of(List.of()));
        // nori alone cuts the word apart
        assertThat(withoutDictionary.terms("아르고시디를")).isNotEqualTo(List.of("아르고시디"));
        PostDetail adopted = publish("배포 도구", "<p>이번 분기에 아르고시디를 도입했다.</p>");
        PostDetail compared = publish("비교", "<p>아르고시디와 플럭스를 비교했다.</p>");
        publish("다른 아르고", "<p>아르고 호는 전설의 배다. 시디를 샀다.</p>");

        List<SearchHit> hits = asGuest(() -> search.search(SearchQuery.of("아르고시디"))).hits();

        assertThat(hits).extracting(SearchHit::id).containsExactlyInAnyOrder(adopted.id(), compared.id());
        // the prefix field marks the word itself, not its particle
        assertThat(hits).extracting(SearchHit::snippet).contains("이번 분기에 <mark>아르고시디</mark>를 도입했다.");
    }

    @Test
    void english_words_of_the_post_are_found_regardless_of_case() {
        assertThat(foundParagraphs("mlops")).isEqualTo(indexesContaining("MLOps"));
        assertThat(foundParagraphs("AWS")).isEqualTo(indexesContaining("AWS"));
        assertThat(foundParagraphs("fomo")).isEqualTo(indexesContaining("FOMO"));
    }

    private Set<Integer> indexesContaining(String text) {
        Set<Integer> indexes = new TreeSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(text)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    @Test
    void two_words_find_the_paragraphs_holding_both() {
        Set<Integer> both = new TreeSet<>(paragraphsHolding("회사"));
        both.retainAll(paragraphsHolding("경험"));
        assertThat(both).isNotEmpty();

        assertThat(foundParagraphs("회사 경험")).isEqualTo(both);
    }
}
