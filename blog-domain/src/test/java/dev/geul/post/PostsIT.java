package dev.geul.post;

import java.time.Duration;
import java.util.List;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryService;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing posts (PostEditor) and reading them as their author, another author or a guest does (PostReader). */
@SpringBootTest
class PostsIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    PostLists lists;
    @Autowired
    dev.geul.post.PostHistory history;
    @Autowired
    CategoryService categories;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser alice;
    BlogUser bob;
    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        alice = fixtures.author("alice");
        bob = fixtures.author("bob");
        admin = fixtures.admin();
    }

    private PostDetail publish(BlogUser author, PostDraft draft) {
        return as(author, () -> posts.publish(posts.create(draft).id()));
    }

    private List<String> feedTitles() {
        return asGuest(() -> lists.listPublished(PageRequest.of(0, 50)).map(PostSummary::title).getContent());
    }

    @Test
    void drafts_and_private_posts_are_invisible_to_guests() {
        PostDetail draft = as(alice, () -> posts.create(PostDraft.of("초안", "<p>아직 쓰는 중</p>")));
        PostDetail privatePost = publish(alice, PostDraft.of("비공개 일기", "<p>나만 보기</p>")
                .withVisibility(Visibility.PRIVATE, null));
        publish(alice, PostDraft.of("공개 글", "<p>모두에게</p>"));

        assertThat(feedTitles()).containsExactly("공개 글");
        assertThat(asGuest(() -> reader.findReadable(draft.slug(), null))).isEmpty();
        assertThat(asGuest(() -> reader.findReadable(privatePost.slug(), null))).isEmpty();
        // the author still finds both
        assertThat(as(alice, () -> reader.findReadable(privatePost.slug(), null))).isPresent();
        assertThat(as(alice, () -> reader.findReadable(draft.slug(), null))).isPresent();
        // another author does not
        assertThat(as(bob, () -> reader.findReadable(privatePost.slug(), null))).isEmpty();
    }

    @Test
    void unlisted_post_is_readable_by_link_but_not_listed() {
        PostDetail unlisted = publish(alice, PostDraft.of("링크로만", "<p>숨은 글</p>")
                .withVisibility(Visibility.UNLISTED, null));

        assertThat(feedTitles()).isEmpty();
        assertThat(asGuest(() -> reader.findReadable(unlisted.slug(), null))).isPresent();
    }

    @Test
    void a_scheduled_post_appears_at_its_time() {
        PostDetail created = as(alice, () -> posts.create(PostDraft.of("예약 글", "<p>내일 아침에</p>")));
        as(alice, () -> posts.schedule(created.id(), clock.instant().plus(Duration.ofHours(10))));

        clock.advance(Duration.ofHours(9));
        assertThat(feedTitles()).isEmpty();
        assertThat(asGuest(() -> reader.findReadable(created.slug(), null))).isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(feedTitles()).containsExactly("예약 글");
        assertThat(asGuest(() -> reader.findReadable(created.slug(), null))).isPresent();
    }

    @Test
    void scheduling_in_the_past_is_refused() {
        PostDetail created = as(alice, () -> posts.create(PostDraft.of("예약", "<p>x</p>")));

        assertThatThrownBy(() -> as(alice, () -> posts.schedule(created.id(), clock.instant().minusSeconds(60))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
    }

    @Test
    void an_author_cannot_edit_or_delete_another_authors_post() {
        PostDetail bobs = publish(bob, PostDraft.of("Bob's", "<p>mine</p>"));

        assertThatThrownBy(() -> as(alice, () -> posts.update(bobs.id(), bobs.version(),
                PostDraft.of("Alice was here", "<p>defaced</p>"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(alice, () -> posts.trash(bobs.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asGuest(() -> posts.create(PostDraft.of("guest", "<p>x</p>"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(asGuest(() -> reader.findReadable(bobs.slug(), null)).orElseThrow().title()).isEqualTo("Bob's");
        // an admin may
        PostDetail edited = as(admin, () -> posts.update(bobs.id(), bobs.version(), PostDraft.of("Bob's, fixed", "<p>ok</p>")));
        assertThat(edited.title()).isEqualTo("Bob's, fixed");
    }

    @Test
    void a_stale_save_gets_a_conflict_the_newer_text_stays_and_the_loser_is_kept() {
        PostDetail opened = as(alice, () -> posts.create(PostDraft.of("회고", "<p>첫 문장</p>")));
        PostDetail firstSave = as(alice, () -> posts.update(opened.id(), opened.version(),
                PostDraft.of("회고", "<p>다른 탭에서 고친 문장</p>")));

        assertThatThrownBy(() -> as(alice, () -> posts.update(opened.id(), opened.version(),
                PostDraft.of("회고", "<p>오래된 탭의 문장</p>"))))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("changed by someone else");

        PostDetail stored = as(alice, () -> posts.getForEditing(opened.id()));
        assertThat(stored.contentHtml()).isEqualTo("<p>다른 탭에서 고친 문장</p>");
        assertThat(stored.version()).isEqualTo(firstSave.version());
        List<RevisionView> revisions = as(alice, () -> history.revisions(opened.id()));
        assertThat(revisions).anySatisfy(revision -> {
            assertThat(revision.reason()).isEqualTo(PostRevision.Reason.CONFLICT);
            assertThat(revision.contentHtml()).isEqualTo("<p>오래된 탭의 문장</p>");
        });
        assertThat(revisions).anySatisfy(revision -> {
            assertThat(revision.reason()).isEqualTo(PostRevision.Reason.DRAFT);
            assertThat(revision.contentHtml()).isEqualTo("<p>첫 문장</p>");
        });
    }

    @Test
    void scripts_and_event_handlers_never_come_back_out() {
        PostDetail post = publish(alice, PostDraft.of("<b>XSS</b> 제목<script>alert(1)</script>",
                "<p onclick=\"steal()\">안녕<script>alert('x')</script></p>"
                        + "<img src=x onerror=alert(1)><img src=\"https://example.com/a.png\" onerror=\"alert(2)\">"
                        + "<a href=\"javascript:alert(3)\">link</a><iframe src=\"https://evil.example\"></iframe>"
                        + "<h2>소제목</h2><ul><li><strong>굵게</strong></li></ul><pre><code class=\"language-java\">int a;</code></pre>")
                .withExcerpt("<script>alert(4)</script>요약"));

        PostDetail read = asGuest(() -> reader.findReadable(post.slug(), null)).orElseThrow();
        String everything = read.title() + read.contentHtml() + read.excerpt();
        assertThat(everything).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<iframe");
        assertThat(read.title()).isEqualTo("XSS 제목");
        assertThat(read.contentHtml()).contains("<p>안녕</p>", "<img src=\"https://example.com/a.png\">",
                "<h2>소제목</h2>", "<li><strong>굵게</strong></li>", "<code class=\"language-java\">int a;</code>");
        assertThat(read.excerpt()).isEqualTo("요약");
    }

    @Test
    void korean_slugs_keep_their_hangul_and_are_made_unique() {
        PostDetail first = publish(alice, PostDraft.of("2023년 회고: 쿠버네티스를 배우다!", "<p>a</p>"));
        PostDetail second = publish(bob, PostDraft.of("2023년 회고 — 쿠버네티스를 배우다", "<p>b</p>"));
        PostDetail third = publish(bob, PostDraft.of("2023년 회고 쿠버네티스를 배우다", "<p>c</p>"));

        assertThat(first.slug()).isEqualTo("2023년-회고-쿠버네티스를-배우다");
        assertThat(second.slug()).isEqualTo("2023년-회고-쿠버네티스를-배우다-2");
        assertThat(third.slug()).isEqualTo("2023년-회고-쿠버네티스를-배우다-3");
        assertThat(asGuest(() -> reader.findReadable("2023년-회고-쿠버네티스를-배우다-2", null)).orElseThrow().title())
                .isEqualTo("2023년 회고 — 쿠버네티스를 배우다");
    }

    @Test
    void trash_hides_a_post_and_restore_brings_it_back() {
        PostDetail post = publish(alice, PostDraft.of("지울 글", "<p>x</p>"));

        as(alice, () -> posts.trash(post.id()));
        assertThat(feedTitles()).isEmpty();
        assertThat(asGuest(() -> reader.findReadable(post.slug(), null))).isEmpty();
        assertThat(as(alice, () -> posts.manage(PostFilter.trash(), PageRequest.of(0, 10))).map(PostSummary::title))
                .containsExactly("지울 글");

        as(alice, () -> posts.restore(post.id()));
        assertThat(feedTitles()).containsExactly("지울 글");
    }

    @Test
    void only_a_trashed_post_can_be_deleted_forever() {
        PostDetail post = publish(alice, PostDraft.of("영원히", "<p>x</p>"));

        assertThatThrownBy(() -> as(alice, () -> posts.deleteForever(post.id())))
                .isInstanceOf(InvalidInputException.class);
        as(alice, () -> posts.trash(post.id()));
        as(alice, () -> posts.deleteForever(post.id()));

        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
    }

    @Test
    void an_empty_or_overlong_title_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> as(alice, () -> posts.create(PostDraft.of("  ", "<p>본문</p>"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused).extracting(InvalidInputException::field, InvalidInputException::key)
                        .containsExactly("title", "error.post.title"));
        assertThatThrownBy(() -> as(alice, () -> posts.create(PostDraft.of("가".repeat(Post.TITLE_MAX_LENGTH + 1),
                "<p>본문</p>")))).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused).satisfies(title -> {
                            assertThat(title.key()).isEqualTo("error.post.title.long");
                            assertThat(title.args()).containsExactly(Post.TITLE_MAX_LENGTH, 0);
                        }));
        assertThatThrownBy(() -> as(alice, () -> posts.create(PostDraft.of("<script></script>", "<p>본문</p>"))))
                .isInstanceOf(InvalidInputException.class).hasMessage("A post needs a title");
        assertThatThrownBy(() -> as(alice, () -> posts.create(PostDraft.of("비번", "<p>x</p>")
                .withVisibility(Visibility.PASSWORD, "")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs a password");

        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
    }

    @Test
    void a_protected_post_is_listed_without_its_text_until_the_password_is_given() {
        PostDetail post = publish(alice, PostDraft.of("암호 글", "<p>비밀 내용</p>")
                .withVisibility(Visibility.PASSWORD, "열려라참깨"));

        PostSummary listed = asGuest(() -> lists.listPublished(PageRequest.of(0, 10))).getContent().getFirst();
        assertThat(listed.title()).isEqualTo("암호 글");
        assertThat(listed.excerpt()).isEmpty();
        PostDetail locked = asGuest(() -> reader.findReadable(post.slug(), "틀림")).orElseThrow();
        assertThat(locked.locked()).isTrue();
        assertThat(locked.contentHtml()).isEmpty();
        assertThat(locked.accessPassword()).isNull();
        PostDetail open = asGuest(() -> reader.findReadable(post.slug(), "열려라참깨")).orElseThrow();
        assertThat(open.contentHtml()).isEqualTo("<p>비밀 내용</p>");
    }

    @Test
    void the_feed_lists_sticky_posts_first_then_newest_first_and_pages() {
        publish(alice, PostDraft.of("첫째", "<p>1</p>"));
        clock.advance(Duration.ofMinutes(1));
        publish(alice, PostDraft.of("공지", "<p>n</p>").withSticky(true));
        clock.advance(Duration.ofMinutes(1));
        publish(alice, PostDraft.of("둘째", "<p>2</p>"));
        clock.advance(Duration.ofMinutes(1));
        publish(alice, PostDraft.of("셋째", "<p>3</p>"));

        assertThat(feedTitles()).containsExactly("공지", "셋째", "둘째", "첫째");
        var secondPage = asGuest(() -> lists.listPublished(PageRequest.of(1, 3)));
        assertThat(secondPage.getTotalElements()).isEqualTo(4);
        assertThat(secondPage.map(PostSummary::title)).containsExactly("첫째");
    }

    @Test
    void other_posts_in_the_category_come_with_dates_and_newest_first() {
        long diary = as(admin, () -> categories.create(new CategoryDraft("회고"))).id();
        long other = as(admin, () -> categories.create(new CategoryDraft("개발"))).id();
        PostDetail first = publish(alice, PostDraft.of("2021 회고", "<p>a</p>").withCategory(diary));
        clock.advance(Duration.ofDays(1));
        publish(alice, PostDraft.of("2022 회고", "<p>b</p>").withCategory(diary));
        clock.advance(Duration.ofDays(1));
        publish(alice, PostDraft.of("스프링 팁", "<p>c</p>").withCategory(other));
        clock.advance(Duration.ofDays(1));
        PostDetail current = publish(alice, PostDraft.of("2023 회고", "<p>d</p>").withCategory(diary));

        List<PostSummary> footer = asGuest(() -> reader.otherPostsInCategory(current.id(), 5));
        assertThat(footer).extracting(PostSummary::title).containsExactly("2022 회고", "2021 회고");
        assertThat(footer.getLast().publishedAt()).isEqualTo(first.publishedAt());
        assertThat(asGuest(() -> lists.listByCategory("회고", PageRequest.of(0, 10))).getTotalElements()).isEqualTo(3);
        PostReader.Adjacent adjacent = asGuest(() -> reader.adjacent(current.id()));
        assertThat(adjacent.previous().title()).isEqualTo("스프링 팁");
        assertThat(adjacent.next()).isNull();
    }

    @Test
    void tags_are_created_once_and_list_their_posts() {
        publish(alice, PostDraft.of("하나", "<p>1</p>").withTags(List.of("Spring", "회고")));
        publish(bob, PostDraft.of("둘", "<p>2</p>").withTags(List.of("spring")));

        assertThat(jdbc.queryForObject("select count(*) from tag", Long.class)).isEqualTo(2);
        assertThat(asGuest(() -> lists.listByTag("spring", PageRequest.of(0, 10))).map(PostSummary::title))
                .containsExactlyInAnyOrder("하나", "둘");
        assertThat(asGuest(() -> lists.popularTags(10)).getFirst().postCount()).isEqualTo(2);
    }

    @Test
    void autosave_of_a_published_post_keeps_what_readers_see() {
        PostDetail post = publish(alice, PostDraft.of("공개", "<p>읽히는 글</p>"));

        as(alice, () -> posts.autosave(post.id(), post.version(), PostDraft.of("공개", "<p>고치는 중</p>")));

        assertThat(asGuest(() -> reader.findReadable(post.slug(), null)).orElseThrow().contentHtml())
                .isEqualTo("<p>읽히는 글</p>");
        assertThat(as(alice, () -> history.revisions(post.id()))).anySatisfy(revision -> {
            assertThat(revision.reason()).isEqualTo(PostRevision.Reason.AUTOSAVE);
            assertThat(revision.contentHtml()).isEqualTo("<p>고치는 중</p>");
        });
    }
}
