package dev.geul.post;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages in the blog's navigation: only those everyone may read, in the order their writers set. */
@SpringBootTest
class PagesIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostLists lists;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
    }

    private PostDetail page(String title, Integer menuOrder, Long parent) {
        return as(alice, () -> posts.create(PostDraft.of(title, "<p>" + title + "</p>").asPage(parent)
                .withMenuOrder(menuOrder)));
    }

    private PostDetail published(PostDetail page) {
        return as(alice, () -> posts.publish(page.id()));
    }

    @Test
    void published_public_pages_are_listed_in_the_order_set_then_by_title_and_drafts_are_not() {
        PostDetail about = published(page("소개", 1, null));
        published(page("공지사항", 2, null));
        published(page("가이드", 2, null));
        page("쓰는 중인 페이지", 0, null);
        PostDetail contact = published(page("연락처", 5, about.id()));
        as(alice, () -> posts.create(PostDraft.of("보통 글", "<p>x</p>")));

        assertThat(asGuest(lists::navigationPages)).extracting(PostLists.PageLink::title)
                .containsExactly("소개", "가이드", "공지사항", "연락처");
        assertThat(asGuest(lists::navigationPages)).filteredOn(link -> link.id() == contact.id())
                .singleElement().extracting(PostLists.PageLink::parentId).isEqualTo(about.id());
    }

    @Test
    void a_pages_place_is_kept_when_a_save_does_not_give_one_and_must_be_a_small_number() {
        PostDetail about = published(page("소개", 3, null));

        PostDetail saved = as(alice, () -> posts.update(about.id(), about.version(),
                about.toDraft().withText("소개", "<p>고친 소개</p>").withMenuOrder(null)));

        assertThat(saved.menuOrder()).isEqualTo(3);
        assertThat(saved.toDraft().menuOrder()).isEqualTo(3);
        assertThatThrownBy(() -> page("너무 뒤", Post.MENU_ORDER_MAX + 1, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.key())
                        .isEqualTo("error.page.menuorder"));
    }
}
