package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.BlogUser;
import dev.geul.base.Permalinks;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostKind;
import dev.geul.post.PostLists;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/** A writer writes the blog's pages in the studio (what readers then find: ReaderPagesIT). */
@SpringBootTest
class PagesStudioIT extends SpringBrowserlessTest {

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
        UI.getCurrent().setLocale(Locale.KOREAN);
        signInAs(alice);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void a_writer_publishes_the_page_소개_and_a_guest_reads_it_at_its_address_and_finds_it_in_the_header() {
        PostsView list = navigate(PostsView.PAGES, PostsView.class);
        assertThat(list.tabs.getSelectedTab()).isSameAs(list.pagesTab);
        assertThat(list.writePage.isVisible()).isTrue();
        assertThat(list.writePage.getHref()).isEqualTo("admin/posts/" + EditorView.NEW_PAGE);

        EditorView editor = navigate("admin/posts/" + EditorView.NEW_PAGE, EditorView.class);
        assertThat(editor.getPageTitle()).isEqualTo("새 페이지");
        assertThat(editor.settings.category.isVisible()).isFalse();
        assertThat(editor.settings.tags.isVisible()).isFalse();
        assertThat(editor.settings.menuOrder.isVisible()).isTrue();
        test(editor.title).setValue("소개");
        editor.content.setValue("<p>안녕하세요, 글 쓰는 앨리스입니다.</p>");
        test(editor.actions.publish).click();

        assertThat(editor.permalink()).isEqualTo(Permalinks.page("소개"));
        PostsView pages = navigate(PostsView.PAGES, PostsView.class);
        assertThat(test(pages.grid).size()).isEqualTo(1);
        assertThat(test(pages.grid).getRow(0)).extracting(PostSummary::title, PostSummary::kind,
                PostSummary::status).containsExactly("소개", PostKind.PAGE, PostStatus.PUBLISHED);
        test(pages.tabs).select(0);
        assertThat(test(pages.grid).size()).isZero();

        // what a guest reads at that address, and the header's links: ReaderPagesIT
    }

    @Test
    void a_page_is_written_below_another_and_pages_keep_the_order_set() {
        PostDetail notices = posts.publish(posts.create(PostDraft.of("공지사항", "<p>공지</p>").asPage(null)
                .withMenuOrder(2)).id());
        PostDetail about = posts.publish(posts.create(PostDraft.of("소개", "<p>소개</p>").asPage(null)
                .withMenuOrder(1)).id());
        posts.create(PostDraft.of("준비 중", "<p>아직</p>").asPage(null));

        EditorView editor = navigate("admin/posts/" + EditorView.NEW_PAGE, EditorView.class);
        assertThat(editor.settings.parent.getListDataView().getItems().map(PostSummary::title))
                .containsExactlyInAnyOrder("공지사항", "소개", "준비 중");
        test(editor.title).setValue("연락처");
        editor.content.setValue("<p>메일 주세요</p>");
        editor.settings.parent.setValue(editor.settings.parentPage(about.id()));
        test(editor.actions.publish).click();
        assertThat(posts.getForEditing(editor.postId()).parentId()).isEqualTo(about.id());

        // the header lists top-level pages in the order set; 연락처 sits below 소개
        assertThat(lists.navigationPages()).filteredOn(page -> page.parentId() == null)
                .extracting(page -> page.title()).containsExactly("소개", "공지사항");
        assertThat(lists.navigationPages()).filteredOn(page -> page.title().equals("연락처"))
                .extracting(page -> page.parentId()).containsExactly(about.id());
    }
}
