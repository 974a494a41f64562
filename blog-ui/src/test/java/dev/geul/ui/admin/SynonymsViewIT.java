package dev.geul.ui.admin;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.search.SearchHit;
import dev.geul.search.SearchQuery;
import dev.geul.search.SearchService;
import dev.geul.search.synonym.SynonymService;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SynonymsViewIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    SearchService search;
    @Autowired
    SynonymService synonyms;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        admin = fixtures.admin();
        UI.getCurrent().setLocale(Locale.KOREAN);
    }

    @AfterEach
    void tidyUp() {
        // the synonyms outlive the database reset: leave the starter list as it was
        as(admin, () -> synonyms.list()).stream().filter(group -> group.words().contains("떡볶이"))
                .forEach(group -> as(admin, () -> synonyms.delete(group.id())));
        BlogFixtures.signOut();
    }

    private List<String> titles(String query) {
        return asGuest(() -> search.search(SearchQuery.of(query))).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void an_admin_adds_synonyms_and_readers_find_either_word_at_once() {
        as(admin, () -> posts.publish(posts.create(PostDraft.of("분식 일기", "<p>떡뽀끼를 먹었다</p>")).id()));
        assertThat(titles("떡볶이")).isEmpty();
        signInAs(admin);
        SynonymsView view = navigate(SynonymsView.class);
        assertThat($(TextField.class).all()).extracting(TextField::getValue).contains("남친, 남자친구");

        test(view.newGroup).setValue("떡볶이, 떡뽀끼");
        test($(Button.class).withText("추가").first()).click();

        assertThat(view.newGroup.isInvalid()).isFalse();
        assertThat(titles("떡볶이")).as("no reindex needed").containsExactly("분식 일기");
    }

    @Test
    void a_word_another_group_has_is_refused_in_korean_and_what_was_typed_stays() {
        signInAs(admin);
        SynonymsView view = navigate(SynonymsView.class);

        test(view.newGroup).setValue("남친, 남사친");
        test($(Button.class).withText("추가").first()).click();

        assertThat(view.newGroup.isInvalid()).isTrue();
        assertThat(view.newGroup.getErrorMessage()).isEqualTo("“남친”은 이미 다른 묶음에 있습니다: 남친, 남자친구");
        assertThat(view.newGroup.getValue()).isEqualTo("남친, 남사친");

        test(view.newGroup).setValue("떡볶이");
        test($(Button.class).withText("추가").first()).click();
        assertThat(view.newGroup.getErrorMessage()).isEqualTo("쉼표로 나눠 두 단어 이상 적어 주세요.");
    }

    @Test
    void only_admins_change_synonyms() {
        BlogUser alice = fixtures.author("alice");
        assertThatThrownBy(() -> as(alice, () -> synonyms.add("떡볶이, 떡뽀끼")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asGuest(() -> synonyms.list())).isInstanceOf(
                org.springframework.security.authorization.AuthorizationDeniedException.class);
    }
}
