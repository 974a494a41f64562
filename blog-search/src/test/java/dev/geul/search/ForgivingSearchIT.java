package dev.geul.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import dev.geul.account.BlogUser;
import dev.geul.search.analysis.HangulKeyboard;
import dev.geul.search.analysis.Jamo;
import dev.geul.search.analysis.WordStems;
import dev.geul.search.synonym.SynonymService;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import dev.geul.transfer.wxr.WxrImporter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search that forgives a reader's slips, over the shared Korean corpus (shared/data/korean-chatbot-qa.csv, every
 * {@value #EVERY}th question and answer a post): the commonest words of the blog, each typed with a typo, with the
 * keyboard in English mode, as initial consonants, must find their posts first.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgivingSearchIT {

    static final int EVERY = 4;
    static final int HELD_OUT_WORDS = 40;

    @Autowired
    SearchService search;
    @Autowired
    WxrImporter importer;
    @Autowired
    BlogVocabulary vocabulary;
    @Autowired
    SynonymService synonyms;
    @Autowired
    WordStems stems;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;

    BlogUser admin;
    /** Each post's text by its title (the question). */
    Map<String, String> textOfTitle = new HashMap<>();
    /** The commonest words of three syllables or more, held out to be typed wrongly. */
    List<String> heldOut;

    @BeforeAll
    void importCorpus() throws IOException {
        searchFixtures.reset();
        admin = fixtures.admin();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(SharedData.read("korean-chatbot-qa.csv"))).getRecords();
        StringBuilder wxr = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://qa.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                """);
        Map<String, Integer> postsHolding = new HashMap<>();
        for (int i = 0; i < rows.size(); i += EVERY) {
            String question = rows.get(i).get("Q").strip();
            String answer = rows.get(i).get("A").strip();
            if (textOfTitle.putIfAbsent(question, question + " " + answer) != null) {
                continue;
            }
            wxr.append("<item><title>").append(xml(question)).append("</title><dc:creator>qa</dc:creator>")
                    .append("<content:encoded>").append(xml("<p>" + xml(question) + "</p><p>" + xml(answer) + "</p>"))
                    .append("</content:encoded><wp:post_id>").append(i + 1).append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status>")
                    .append("<wp:post_type>post</wp:post_type></item>\n");
            Set<String> words = new HashSet<>();
            stems.forEachWord(question + " " + answer, words::add);
            words.forEach(word -> postsHolding.merge(word, 1, Integer::sum));
        }
        wxr.append("</channel></rss>");
        as(admin, () -> importer.importWxr(new ByteArrayInputStream(wxr.toString().getBytes(StandardCharsets.UTF_8))));
        vocabulary.rebuild();
        heldOut = postsHolding.entrySet().stream()
                .filter(entry -> entry.getKey().length() >= 3 && Jamo.initials(entry.getKey()) != null)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(HELD_OUT_WORDS).map(Map.Entry::getKey).toList();
        assertThat(heldOut).hasSize(HELD_OUT_WORDS);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private SearchResult find(String query) {
        return asGuest(() -> search.search(SearchQuery.of(query)));
    }

    /** Whether the first hit of the query is a post holding the word. */
    private boolean firstHitHolds(String query, String word) {
        SearchResult result = find(query);
        return !result.hits().isEmpty() && textOfTitle.get(result.hits().getFirst().title()).contains(word);
    }

    /** The share of held-out words whose posts come first when typed as {@code typing} makes them. */
    private double shareFoundFirst(Function<String, String> typing, List<String> missed) {
        int found = 0;
        for (String word : heldOut) {
            String typed = typing.apply(word);
            if (firstHitHolds(typed, word)) {
                found++;
            } else {
                missed.add(word + " as " + typed + " → " + find(typed).suggestion());
            }
        }
        System.out.printf("%d of %d held-out words found first%n", found, heldOut.size());
        return found / (double) heldOut.size();
    }

    @Test
    void words_typed_with_a_typo_find_their_posts_first() {
        Random random = new Random(7);
        List<String> missed = new ArrayList<>();
        double share = shareFoundFirst(word -> {
            List<String> typos = Jamo.oneLetterAway(word).stream()
                    .filter(typo -> !vocabulary.current().knows(typo)).sorted().toList();
            return typos.get(random.nextInt(typos.size()));
        }, missed);
        assertThat(share).as("missed: %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void words_typed_with_the_keyboard_in_english_mode_find_their_posts_first() {
        List<String> missed = new ArrayList<>();
        assertThat(shareFoundFirst(HangulKeyboard::toLatin, missed)).as("missed: %s", missed)
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void initial_consonants_find_their_words_posts_first() {
        List<String> missed = new ArrayList<>();
        assertThat(shareFoundFirst(Jamo::initials, missed)).as("missed: %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void a_query_that_found_what_it_asked_is_not_rewritten() {
        for (String word : heldOut) {
            SearchResult result = find(word);
            assertThat(result.suggestion()).as(word).isNull();
            assertThat(result.total()).as(word).isPositive();
        }
    }

    @Test
    void a_rescued_query_says_what_it_was_read_as() {
        SearchResult typo = find("남지친구");
        assertThat(typo.suggestion()).isEqualTo("남자친구");
        assertThat(typo.hits()).as("남자친구, or its synonym 남친").isNotEmpty().allSatisfy(hit ->
                assertThat(textOfTitle.get(hit.title())).containsAnyOf("남자친구", "남자 친구", "남친"));
        assertThat(find("ㄴㅈㅊㄱ").suggestion()).isEqualTo("남자친구");
        SearchResult initials = find("ㅅㄱ");
        assertThat(initials.alternatives()).as("two consonants stand for many words: the others are offered")
                .isNotEmpty().doesNotContain(initials.suggestion())
                .allSatisfy(word -> assertThat(dev.geul.search.analysis.Jamo.initials(word)).isEqualTo("ㅅㄱ"));
        assertThat(find("남지친구").alternatives()).isEmpty();
        assertThat(find("skawkclsrn").suggestion()).isEqualTo("남자친구");
        assertThat(find("남지친구를").suggestion()).as("a particle stays").isEqualTo("남자친구를");
        assertThat(find("퀗퉯퓛").total()).as("nothing near it: nothing found").isZero();
        assertThat(find("영돠").suggestion()).as("a word no post holds, whatever nori finds in it").isEqualTo("영화");
        // nori cuts 데화 into pieces many unrelated posts hold; the common word one jamo away is what was meant,
        // and what the pieces found is not offered as results
        SearchResult fragments = find("데화");
        assertThat(fragments.suggestion()).isEqualTo("대화");
        assertThat(fragments.hits()).isNotEmpty().allSatisfy(hit ->
                assertThat(textOfTitle.get(hit.title())).contains("대화"));
    }

    @Test
    void a_synonym_finds_the_posts_of_the_other_word_until_an_admin_removes_it() {
        List<String> onlyLong = textOfTitle.entrySet().stream()
                .filter(post -> post.getValue().contains("남자친구") && !post.getValue().contains("남친"))
                .map(Map.Entry::getKey).toList();
        assertThat(onlyLong).as("the corpus has posts saying 남자친구 only").isNotEmpty();

        Set<String> found = titles("남친");
        assertThat(found).as("남친 finds 남자친구").containsAll(onlyLong);
        assertThat(find("남친").suggestion()).as("a synonym is no rescue").isNull();

        SynonymService.Group group = as(admin, () -> synonyms.list()).stream()
                .filter(candidate -> candidate.words().contains("남친")).findFirst().orElseThrow();
        as(admin, () -> synonyms.delete(group.id()));
        try {
            assertThat(titles("남친")).as("without the synonym, at once and without a reindex")
                    .doesNotContainAnyElementsOf(onlyLong);
        } finally {
            as(admin, () -> synonyms.add(String.join(", ", group.words())));
        }
        assertThat(titles("남친")).containsAll(onlyLong);
    }

    private Set<String> titles(String query) {
        Set<String> titles = new HashSet<>();
        for (int page = 0; ; page++) {
            int current = page;
            SearchResult result = asGuest(() -> search.search(SearchQuery.of(query).page(current,
                    SearchService.MAX_PAGE_SIZE)));
            result.hits().forEach(hit -> titles.add(hit.title()));
            if (result.hits().size() < SearchService.MAX_PAGE_SIZE) {
                return titles;
            }
        }
    }

    @Test
    void suggestions_as_you_type_offer_the_blogs_words() {
        // the syllable being typed counts by its letters
        assertThat(vocabulary.current().suggest("남ㅈ", 8)).extracting(s -> s.text()).contains("남자친구");
        assertThat(vocabulary.current().suggest("ㄴㅈㅊ", 8)).extracting(s -> s.text()).contains("남자친구");
    }
}
