package dev.geul.ui.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.textfield.TextArea;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostFilter;
import dev.geul.post.PostRevision;
import dev.geul.post.PostEditor;
import dev.geul.post.PostReader;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.post.RevisionView;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import dev.geul.ui.account.LoginView;
import dev.geul.ui.editor.TipTapEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EditorViewIT extends SpringBrowserlessTest {

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    dev.geul.post.PostHistory history;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    CategoryService categories;

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(alice);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    /** What the browser sends a few seconds after the author stops typing. */
    private static void typingPauses(EditorView view) {
        TipTapEditor rich = richText(view);
        ComponentUtil.fireEvent(rich, new TipTapEditor.AutosaveTickEvent(rich, true));
    }

    /** The rich editor in the text field, shown or not (it sends the autosave tick in either mode). */
    private static TipTapEditor richText(EditorView view) {
        return view.content.getChildren().flatMap(com.vaadin.flow.component.Component::getChildren)
                .filter(TipTapEditor.class::isInstance).map(TipTapEditor.class::cast).findFirst().orElseThrow();
    }

    /** The post as a guest reader gets it; the test goes on signed in as Alice. */
    private PostDetail readerSees(String slug) {
        try {
            return asGuest(() -> reader.findReadable(slug, null)).orElseThrow();
        } finally {
            signInAs(alice);
        }
    }

    private List<PostSummary> myPosts() {
        return posts.manage(PostFilter.all(), PageRequest.of(0, 10)).getContent();
    }

    @Test
    void a_new_post_is_autosaved_as_a_draft_while_typing_and_published_for_readers() {
        EditorView view = navigate("admin/posts/new", EditorView.class);
        test(view.title).setValue("회사에서 배운 것");
        view.content.setValue("<p>오늘은 <strong>굵은</strong> 하루</p>");

        typingPauses(view);

        assertThat(myPosts()).singleElement().satisfies(post -> {
            assertThat(post.title()).isEqualTo("회사에서 배운 것");
            assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        });
        assertThat(view.actions.status.getText()).startsWith("Saved at");
        assertThat(view.settings.slug.getValue()).isEqualTo("회사에서-배운-것");
        long id = view.postId();
        assertThat(posts.getForEditing(id).contentHtml()).isEqualTo("<p>오늘은 <strong>굵은</strong> 하루</p>");

        view.content.setValue("<p>오늘은 <strong>굵은</strong> 하루였다</p>");
        test(view.actions.publish).click();

        PostDetail read = readerSees("회사에서-배운-것");
        assertThat(read.contentHtml()).isEqualTo("<p>오늘은 <strong>굵은</strong> 하루였다</p>");
        assertThat(read.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(myPosts()).hasSize(1);
    }

    @Test
    void nothing_is_saved_without_a_title_and_the_author_is_told_why() {
        EditorView view = navigate("admin/posts/new", EditorView.class);
        view.content.setValue("<p>제목 없이 쓴 글</p>");

        typingPauses(view);
        assertThat(myPosts()).isEmpty();
        assertThat(view.actions.status.getText()).isEqualTo("Add a title to save the post");

        test(view.actions.save).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.content.getValue()).isEqualTo("<p>제목 없이 쓴 글</p>");
    }

    @Test
    void autosaving_a_published_post_keeps_readers_on_the_published_text_until_update() {
        long id = posts.publish(posts.create(PostDraft.of("발행된 글", "<p>처음</p>")).id()).id();
        EditorView view = navigate("admin/posts/" + id, EditorView.class);

        view.content.setValue("<p>고치는 중</p>");
        typingPauses(view);

        assertThat(readerSees("발행된-글").contentHtml())
                .isEqualTo("<p>처음</p>");
        assertThat(history.revisions(id)).first().satisfies(revision -> {
            assertThat(revision.reason()).isEqualTo(PostRevision.Reason.AUTOSAVE);
            assertThat(revision.contentHtml()).isEqualTo("<p>고치는 중</p>");
        });
        assertThat(view.actions.status.getText()).startsWith("Autosaved at");

        test(view.actions.save).click();

        assertThat(readerSees("발행된-글").contentHtml())
                .isEqualTo("<p>고치는 중</p>");
    }

    @Test
    void when_someone_else_saved_meanwhile_the_author_keeps_their_text_and_is_told() {
        BlogUser admin = fixtures.admin();
        long id = posts.create(PostDraft.of("같이 쓰는 글", "<p>처음</p>")).id();
        EditorView view = navigate("admin/posts/" + id, EditorView.class);

        // another editor, in another browser, saves first
        as(admin, () -> {
            PostDetail current = posts.getForEditing(id);
            posts.update(id, current.version(), current.toDraft().withText("같이 쓰는 글", "<p>관리자가 고친 글</p>"));
        });
        signInAs(alice);

        view.content.setValue("<p>앨리스가 쓰던 글</p>");
        typingPauses(view);

        assertThat(view.content.getValue()).isEqualTo("<p>앨리스가 쓰던 글</p>");
        assertThat(view.notices.getElement().getTextRecursively())
                .contains("Root saved this post").contains("Your text is still in the editor");
        assertThat($(com.vaadin.flow.component.Html.class, view.notices).single().getInnerHtml())
                .contains("관리자가 고친 글");
        assertThat(view.actions.status.getText()).isEqualTo("Not saved: someone else changed this post");
        assertThat(history.revisions(id)).extracting(RevisionView::reason, RevisionView::contentHtml)
                .contains(org.assertj.core.groups.Tuple.tuple(PostRevision.Reason.CONFLICT, "<p>앨리스가 쓰던 글</p>"));
        assertThat(posts.getForEditing(id).contentHtml()).isEqualTo("<p>관리자가 고친 글</p>");

        // nothing is saved over the other version until the author chooses
        view.content.setValue("<p>앨리스가 쓰던 글, 계속</p>");
        typingPauses(view);
        assertThat(posts.getForEditing(id).contentHtml()).isEqualTo("<p>관리자가 고친 글</p>");

        test($(com.vaadin.flow.component.button.Button.class).withText("Keep my version").single()).click();

        assertThat(posts.getForEditing(id).contentHtml()).isEqualTo("<p>앨리스가 쓰던 글, 계속</p>");
        assertThat(history.revisions(id)).extracting(RevisionView::contentHtml).contains("<p>관리자가 고친 글</p>");
    }

    @Test
    void leaving_saves_the_text_first_and_asks_only_when_it_cannot() {
        EditorView view = navigate("admin/posts/new", EditorView.class);
        test(view.title).setValue("떠나기 전에");
        view.content.setValue("<p>저장되어야 할 글</p>");

        navigate(PostsView.class);

        assertThat(getCurrentView()).isInstanceOf(PostsView.class);
        assertThat(myPosts()).singleElement().extracting(PostSummary::title).isEqualTo("떠나기 전에");

        EditorView second = navigate("admin/posts/new", EditorView.class);
        second.content.setValue("<p>제목이 없는 글</p>");

        UI.getCurrent().navigate(PostsView.class);

        assertThat(getCurrentView()).isSameAs(second);
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        test(dialog).cancel();
        assertThat(getCurrentView()).isSameAs(second);
        assertThat(second.content.getValue()).isEqualTo("<p>제목이 없는 글</p>");
    }

    @Test
    void an_author_cannot_open_someone_elses_post_and_a_guest_is_sent_to_sign_in() {
        BlogUser bob = fixtures.author("bob");
        long bobs = as(bob, () -> posts.create(PostDraft.of("밥의 글", "<p>비밀</p>")).id());
        signInAs(alice);

        navigate("admin/posts/" + bobs, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(EditorView.class);

        BlogFixtures.signOut();
        navigate("admin/posts/new", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_history_shows_the_changed_words_and_brings_an_old_text_back_as_a_new_save() {
        long id = posts.publish(posts.create(PostDraft.of("회고", "<p>회사에서 쿠버네티스를 배웠다.</p>")).id()).id();
        EditorView view = navigate("admin/posts/" + id, EditorView.class);
        view.content.setValue("<p>회사에서 도커를 배웠다.</p>");
        test(view.actions.save).click();

        test(view.actions.history).click();
        HistoryDialog dialog = $(HistoryDialog.class).single();
        // the newest entry is the update just made; the one before it, the text as published
        test(dialog.revisions).select(1);

        assertThat($(DiffText.class).single().getChildren().map(child -> child.getElement().getAttribute("data-change")
                + ":" + child.getElement().getText()).toList()).contains("removed:쿠버네티스를", "added:도커를");

        test(dialog.restore).click();

        assertThat(view.content.getValue()).contains("쿠버네티스를");
        assertThat(posts.getForEditing(id).contentHtml()).contains("쿠버네티스를");
        assertThat(history.revisions(id)).first().satisfies(revision -> {
            assertThat(revision.reason()).isEqualTo(dev.geul.post.PostRevision.Reason.REVERT);
            assertThat(revision.contentHtml()).contains("쿠버네티스를");
        });
        assertThat(history.revisions(id)).extracting(RevisionView::contentHtml).anyMatch(html -> html.contains("도커를"));
    }

    @Test
    void autosaves_a_draft_save_and_a_publish_each_show_in_the_history_by_their_kind() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        EditorView view = navigate("admin/posts/new", EditorView.class);
        test(view.title).setValue("여행기");
        view.content.setValue("<p>첫날</p>");
        typingPauses(view);
        clock.advance(java.time.Duration.ofMinutes(1));
        view.content.setValue("<p>첫날, 둘째 날</p>");
        typingPauses(view);
        clock.advance(java.time.Duration.ofMinutes(1));
        test(view.actions.save).click();
        clock.advance(java.time.Duration.ofMinutes(1));
        test(view.actions.publish).click();

        test(view.actions.history).click();
        HistoryDialog dialog = $(HistoryDialog.class).single();

        var rows = test(dialog.revisions);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(row -> rows.getCellText(row, 1)))
                .containsExactly("발행", "임시 저장", "자동 저장", "자동 저장");
        // the publish changed no word: it shows the text readers got
        test(dialog.revisions).select(0);
        assertThat(dialog.diff.getElement().getTextRecursively()).isEqualTo("고른 글과 지금 글의 내용이 같습니다.");
    }

    @Test
    void a_published_posts_time_is_shown_and_corrected_but_never_set_ahead() {
        long id = posts.publish(posts.create(PostDraft.of("옮겨 온 글", "<p>x</p>")).id()).id();
        EditorView view = navigate("admin/posts/" + id, EditorView.class);
        assertThat(view.settings.publishAt.getValue()).isEqualTo(LocalDateTime.ofInstant(TestClock.START, SEOUL));

        test(view.settings.publishAt).setValue(LocalDateTime.of(2015, 5, 1, 12, 0));
        assertThat(view.actions.status.getText()).isEqualTo("Unsaved changes…");
        test(view.actions.save).click();

        assertThat(posts.getForEditing(id).publishedAt())
                .isEqualTo(LocalDateTime.of(2015, 5, 1, 12, 0).atZone(SEOUL).toInstant());
        assertThat(view.actions.status.getText()).doesNotContain("Unsaved");

        test(view.settings.publishAt).setValue(LocalDateTime.ofInstant(clock.instant(), SEOUL).plusDays(1));
        test(view.actions.save).click();

        assertThat(view.settings.publishAt.isInvalid()).isTrue();
        assertThat(view.settings.publishAt.getErrorMessage())
                .isEqualTo("A published post's time cannot lie ahead. To publish it later, schedule it.");
        assertThat(posts.getForEditing(id).publishedAt())
                .isEqualTo(LocalDateTime.of(2015, 5, 1, 12, 0).atZone(SEOUL).toInstant());
    }

    /** What the category field sends when the writer types a name that is not in the list and presses Enter. */
    private static void typeCategory(EditorView view, String name) {
        ComponentUtil.fireEvent(view.settings.category,
                new ComboBoxBase.CustomValueSetEvent<>(view.settings.category, true, name));
    }

    @Test
    void a_category_typed_in_the_editor_is_made_and_chosen_for_an_admin_and_an_author_is_told_why_not() {
        long id = posts.create(PostDraft.of("여행", "<p>x</p>")).id();
        EditorView mine = navigate("admin/posts/" + id, EditorView.class);

        typeCategory(mine, "여행기");

        assertThat(mine.settings.category.isInvalid()).isTrue();
        assertThat(mine.settings.category.getErrorMessage())
                .isEqualTo("There is no category “여행기”, and only admins make categories. "
                        + "Choose one from the list or ask an admin.");
        assertThat(categories.tree()).isEmpty();

        signInAs(fixtures.admin());
        EditorView admins = navigate("admin/posts/" + id, EditorView.class);
        typeCategory(admins, "여행기");
        ConfirmDialog offer = $(ConfirmDialog.class).single();
        assertThat(offer.isOpened()).isTrue();
        assertThat(categories.tree()).isEmpty();
        test(offer).confirm();

        assertThat(admins.settings.category.getValue().name()).isEqualTo("여행기");
        assertThat(admins.settings.category.isInvalid()).isFalse();
        test(admins.actions.save).click();
        assertThat(posts.getForEditing(id).category().name()).isEqualTo("여행기");

        // the same name typed again chooses the category made before
        typeCategory(admins, "여행기");
        assertThat(CategoryNode.flatten(categories.tree())).extracting(CategoryNode::name).containsExactly("여행기");
    }

    @Test
    void a_post_is_written_in_markdown_and_saved_as_the_same_rich_text() {
        long id = posts.create(PostDraft.of("마크다운 글", "<p>처음 <strong>굵게</strong></p>")).id();
        EditorView view = navigate("admin/posts/" + id, EditorView.class);

        Checkbox markdownMode = $(Checkbox.class, view.content).single();

        test(markdownMode).click();
        TextArea markdown = $(TextArea.class, view.content).single();
        assertThat(markdown.isVisible()).isTrue();
        assertThat(view.content.showsRichText()).isFalse();
        assertThat(markdown.getValue()).contains("처음 **굵게**");

        test(markdown).setValue("## 소제목\n\n- 하나\n- 둘\n\n[링크](https://example.com)");
        typingPauses(view);

        assertThat(posts.getForEditing(id).contentHtml()).contains("<h2>소제목</h2>").contains("<li>하나</li>")
                .contains("href=\"https://example.com\"");
        assertThat(view.actions.status.getText()).startsWith("Saved at");
        test(markdownMode).click();
        assertThat(view.content.showsRichText()).isTrue();
        assertThat(view.content.getValue()).contains("<h2>소제목</h2>");
    }
}
