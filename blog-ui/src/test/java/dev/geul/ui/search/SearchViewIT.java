package dev.geul.ui.search;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.BlogFixtures;
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

        assertThat($(TextField.class).all()).filteredOn(TextField::isInvalid).singleElement()
                .extracting(TextField::getErrorMessage).isEqualTo("검색어는 200자까지 쓸 수 있습니다.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("첫 출근");
    }
}
