package dev.geul.ui.search;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.search.words.Suggestion;
import dev.geul.testing.BlogFixtures;
import dev.geul.ui.base.SearchBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SearchViewIT extends SpringBrowserlessTest {

    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    BlogVocabulary vocabulary;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        alice = fixtures.author("alice");
        UI.getCurrent().setLocale(Locale.KOREAN);
    }

    @Test
    void a_reader_finds_posts_by_a_word_with_its_particles_and_sees_it_marked() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("첫 출근", "<p>회사에서 처음 일한 날</p>")).id()));
        as(alice, () -> posts.publish(posts.create(PostDraft.of("주말", "<p>집에서 쉬었다</p>")).id()));
        as(alice, () -> posts.create(PostDraft.of("초안", "<p>회사를 옮길까</p>")));

        UI.getCurrent().navigate("search", QueryParameters.of("q", "회사"));

        String page = getCurrentView().getElement().getOuterHTML();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("첫 출근")
                .doesNotContain("주말", "초안");
        assertThat(page).contains("<mark>회사</mark>").contains("1건");
    }

    @Test
    void the_query_lives_in_the_address_and_an_empty_one_asks_for_words() {
        navigate("search", SearchView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("찾을 단어를 입력하세요");
    }

    @Test
    void a_query_too_long_is_refused_in_korean_and_finds_nothing() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("첫 출근", "<p>회사에서 처음 일한 날</p>")).id()));

        UI.getCurrent().navigate("search", QueryParameters.of("q", "회사".repeat(101)));

        assertThat($(SearchBox.class).all()).filteredOn(SearchBox::isInvalid).singleElement()
                .extracting(SearchBox::getErrorMessage).isEqualTo("검색어는 200자까지 쓸 수 있습니다.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("첫 출근");
    }

    @Test
    void a_typo_is_rescued_and_the_reader_is_asked_in_korean_if_that_was_meant() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("남자친구 생일", "<p>남자친구에게 줄 선물</p>")).id()));
        vocabulary.rebuild();

        UI.getCurrent().navigate("search", QueryParameters.of("q", "남지친구"));

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("“남지친구”에 대한 결과가 없어 “남자친구”(으)로 찾았습니다. 이것을 찾으셨나요: 남자친구");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("남자친구 생일");
    }

    @Test
    void the_search_box_offers_words_while_a_syllable_is_still_being_typed() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("회사 생활", "<p>회사에서 쿠버네티스를 배웠다</p>")).id()));
        vocabulary.rebuild();
        navigate("search", SearchView.class);

        var box = test($(SearchBox.class).last());
        box.setFilter("회ㅅ");

        assertThat(box.getSuggestionItems()).extracting(Suggestion::text).contains("회사", "회사 생활");
        box.selectItem("회사");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("search?q=%ED%9A%8C%EC%82%AC");
    }

    @Test
    void a_slip_one_post_holds_is_shown_with_the_likelier_word_offered_as_a_link() {
        for (int i = 0; i < 12; i++) {
            int n = i;
            as(alice, () -> posts.publish(posts.create(PostDraft.of("만남 " + n, "<p>좋은 사람을 만났다</p>")).id()));
        }
        as(alice, () -> posts.publish(posts.create(PostDraft.of("오타가 있는 글", "<p>좋은 시람을 만났다</p>")).id()));
        vocabulary.rebuild();

        UI.getCurrent().navigate("search", QueryParameters.of("q", "시람"));

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("이것을 찾으셨나요: 사람");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("오타가 있는 글", "사람");
    }
}
