package dev.geul.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.geul.account.AccountService;
import dev.geul.account.BlogUser;
import dev.geul.account.NewAccount;
import dev.geul.account.ProfileChange;
import dev.geul.account.Role;
import dev.geul.base.NotFoundException;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryService;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.CommentView;
import dev.geul.comment.Mentions;
import dev.geul.comment.NewComment;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostFilter;
import dev.geul.post.PostEditor;
import dev.geul.post.PostLists;
import dev.geul.post.PostReader;
import dev.geul.site.SiteStatusService;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import dev.geul.testing.TistoryBackups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service operation called as a guest, author A (who owns the post), author B and an admin. The services
 * decide, whatever the views show.
 */
@SpringBootTest
class AuthorizationMatrixIT {

    enum Caller { GUEST, AUTHOR_A, AUTHOR_B, ADMIN }

    static final Set<Caller> EVERYONE = Set.of(Caller.values());
    static final Set<Caller> SIGNED_IN = Set.of(Caller.AUTHOR_A, Caller.AUTHOR_B, Caller.ADMIN);
    static final Set<Caller> OWNER_AND_ADMIN = Set.of(Caller.AUTHOR_A, Caller.ADMIN);
    static final Set<Caller> ADMIN_ONLY = Set.of(Caller.ADMIN);

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    PostLists lists;
    @Autowired
    dev.geul.post.PostHistory history;
    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    Mentions mentions;
    @Autowired
    CommentThreads threads;
    @Autowired
    CategoryService categories;
    @Autowired
    AccountService accounts;
    @Autowired
    SiteStatusService siteStatus;
    @Autowired
    MediaStore media;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    /** What each operation works on: a fresh post of author A, with a guest comment. */
    record Scene(PostDetail draft, PostDetail published, CommentView guestComment, long aliceId, long categoryId) {
    }

    @Test
    void each_operation_is_allowed_exactly_to_whom_it_should_be() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("create a post", new Operation(SIGNED_IN, s -> posts.create(PostDraft.of("새 글", "<p>x</p>"))));
        operations.put("start a post by typing", new Operation(SIGNED_IN,
                s -> posts.createAutosaved(PostDraft.of("새 글", "<p>x</p>"))));
        operations.put("update A's post", new Operation(OWNER_AND_ADMIN,
                s -> posts.update(s.draft().id(), s.draft().version(), PostDraft.of("고침", "<p>y</p>"))));
        operations.put("autosave A's post", new Operation(OWNER_AND_ADMIN,
                s -> posts.autosave(s.draft().id(), s.draft().version(), PostDraft.of("자동", "<p>y</p>"))));
        operations.put("publish A's post", new Operation(OWNER_AND_ADMIN, s -> posts.publish(s.draft().id())));
        operations.put("schedule A's post", new Operation(OWNER_AND_ADMIN,
                s -> posts.schedule(s.draft().id(), clock.instant().plus(Duration.ofDays(1)))));
        operations.put("correct when A's post was published", new Operation(OWNER_AND_ADMIN,
                s -> posts.correctPublishedAt(s.published().id(), clock.instant().minus(Duration.ofDays(1)))));
        operations.put("unpublish A's post", new Operation(OWNER_AND_ADMIN, s -> posts.unpublish(s.published().id())));
        operations.put("trash A's post", new Operation(OWNER_AND_ADMIN, s -> {
            posts.trash(s.published().id());
            return null;
        }));
        operations.put("restore A's post", new Operation(OWNER_AND_ADMIN, s -> posts.restore(s.published().id())));
        operations.put("delete A's trashed post forever", new Operation(OWNER_AND_ADMIN, s -> {
            as(fixtures.author("alice"), () -> posts.trash(s.draft().id()));
            posts.deleteForever(s.draft().id());
            return null;
        }));
        operations.put("open A's post in the editor", new Operation(OWNER_AND_ADMIN,
                s -> posts.getForEditing(s.draft().id())));
        operations.put("read A's revisions", new Operation(OWNER_AND_ADMIN, s -> history.revisions(s.draft().id())));
        operations.put("compare A's post with its text now", new Operation(OWNER_AND_ADMIN,
                s -> history.diff(s.draft().id(), null, null)));
        operations.put("bring back a text of A's post", new Operation(OWNER_AND_ADMIN, s -> {
            long id = s.published().id();
            var edited = as(fixtures.author("alice"), () -> {
                var post = posts.getForEditing(id);
                return posts.update(id, post.version(), post.toDraft().withText(post.title(), "<p>고친 글</p>"));
            });
            long revision = as(fixtures.author("alice"), () -> history.revisions(id)).getFirst().id();
            return history.restore(id, revision, edited.version());
        }));
        operations.put("list posts to manage", new Operation(SIGNED_IN,
                s -> posts.manage(PostFilter.all(), PageRequest.of(0, 10))));
        operations.put("read the feed", new Operation(EVERYONE, s -> lists.listPublished(PageRequest.of(0, 10))));
        operations.put("read A's published post", new Operation(EVERYONE,
                s -> present(reader.findReadable(s.published().slug(), null))));
        operations.put("read A's draft", new Operation(OWNER_AND_ADMIN,
                s -> present(reader.findReadable(s.draft().slug(), null))));
        operations.put("read the mentions of A's published post", new Operation(EVERYONE,
                s -> mentions.of(s.published())));
        operations.put("read the mentions of A's draft", new Operation(OWNER_AND_ADMIN, s -> mentions.of(s.draft())));
        operations.put("read the comments of A's published post", new Operation(EVERYONE,
                s -> threads.tree(s.published(), Set.of())));
        operations.put("read the comments of A's draft", new Operation(OWNER_AND_ADMIN,
                s -> threads.tree(s.draft(), Set.of())));
        operations.put("comment on A's post", new Operation(EVERYONE, s -> comments.add(s.published().id(),
                new NewComment("손님", "또 하나의 댓글", "pw1234", null, false), null, null)));
        operations.put("moderate a comment on A's post", new Operation(OWNER_AND_ADMIN,
                s -> moderation.moderate(s.guestComment().id(), CommentStatus.SPAM)));
        operations.put("delete a guest's comment without its password", new Operation(OWNER_AND_ADMIN, s -> {
            comments.delete(s.guestComment().id(), null);
            return null;
        }));
        operations.put("see the moderation queue", new Operation(SIGNED_IN,
                s -> moderation.moderationQueue(CommentStatus.PENDING, PageRequest.of(0, 10))));
        operations.put("read the category tree", new Operation(EVERYONE, s -> categories.tree()));
        operations.put("create a category", new Operation(ADMIN_ONLY, s -> categories.create(new CategoryDraft("분류"))));
        operations.put("create an account", new Operation(ADMIN_ONLY, s -> accounts.create(
                new NewAccount("carol" + System.nanoTime() % 100000, "Carol", "password-123", Role.AUTHOR))));
        operations.put("list accounts", new Operation(ADMIN_ONLY, s -> accounts.list()));
        operations.put("change one's own password", new Operation(SIGNED_IN, s -> {
            accounts.changeOwnPassword(BlogFixtures.PASSWORD, BlogFixtures.PASSWORD);
            return null;
        }));
        operations.put("see the site's status", new Operation(ADMIN_ONLY, s -> siteStatus.status()));
        operations.put("reset A's password", new Operation(ADMIN_ONLY, s -> {
            accounts.resetPassword(s.aliceId(), BlogFixtures.PASSWORD);
            return null;
        }));
        operations.put("change A's public name and profile", new Operation(OWNER_AND_ADMIN,
                s -> accounts.changeProfile(s.aliceId(), new ProfileChange("앨리스", null, "소개"))));
        operations.put("rename a category", new Operation(ADMIN_ONLY,
                s -> categories.update(s.categoryId(), new CategoryDraft("바뀐 분류"))));
        operations.put("delete a category", new Operation(ADMIN_ONLY, s -> {
            categories.delete(s.categoryId());
            return null;
        }));
        operations.put("upload an image", new Operation(SIGNED_IN, s -> uploaded(() ->
                media.store(new ByteArrayInputStream(TistoryBackups.PNG)))));
        operations.put("store an imported file with its old date", new Operation(ADMIN_ONLY, s -> uploaded(() ->
                media.storeImported(new ByteArrayInputStream(TistoryBackups.PNG), clock.instant()))));

        List<String> wrong = new ArrayList<>();
        for (var entry : operations.entrySet()) {
            for (Caller caller : Caller.values()) {
                Scene scene = freshScene();
                boolean allowed = tryAs(caller, () -> entry.getValue().call().apply(scene));
                boolean expected = entry.getValue().allowed().contains(caller);
                if (allowed != expected) {
                    wrong.add(entry.getKey() + " as " + caller + ": " + (allowed ? "allowed" : "denied")
                            + ", expected " + (expected ? "allowed" : "denied"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    record Operation(Set<Caller> allowed, Function<Scene, Object> call) {
    }

    private Scene freshScene() {
        fixtures.resetDatabase();
        clock.reset();
        BlogUser alice = fixtures.author("alice");
        fixtures.author("bob");
        BlogUser admin = fixtures.admin();
        long categoryId = as(admin, () -> categories.create(new CategoryDraft("있던 분류"))).id();
        PostDetail draft = as(alice, () -> posts.create(PostDraft.of("A의 초안", "<p>초안</p>")));
        PostDetail published = as(alice, () -> posts.publish(posts.create(PostDraft.of("A의 글", "<p>공개</p>")).id()));
        CommentView comment = asGuest(() -> comments.add(published.id(), NewComment.guest("손님", "pw1234", "댓글"),
                null, null));
        return new Scene(draft, published, comment, alice.accountId(), categoryId);
    }

    private boolean tryAs(Caller caller, java.util.function.Supplier<Object> action) {
        try {
            switch (caller) {
                case GUEST -> asGuest(action);
                case AUTHOR_A -> as(fixtures.author("alice"), action);
                case AUTHOR_B -> as(fixtures.author("bob"), action);
                case ADMIN -> as(fixtures.admin(), action);
            }
            return true;
        } catch (AccessDeniedException | AuthenticationException | NotFoundException denied) {
            return false;
        }
    }

    interface Upload {
        Object store() throws IOException, MediaRefusedException;
    }

    private static Object uploaded(Upload upload) {
        try {
            return upload.store();
        } catch (IOException | MediaRefusedException e) {
            throw new IllegalStateException("a valid PNG was not stored", e);
        }
    }

    private static Object present(Optional<?> found) {
        return found.orElseThrow(() -> new NotFoundException("Post"));
    }
}
