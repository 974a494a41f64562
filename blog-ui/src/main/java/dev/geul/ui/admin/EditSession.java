package dev.geul.ui.admin;

import java.time.Clock;
import java.time.Instant;

import dev.geul.account.CurrentUser;
import dev.geul.base.InvalidInputException;
import dev.geul.post.EditConflictException;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;

/**
 * The post an editor works on, apart from its fields: which post and version the next save goes over, what the
 * server already holds of the author's text, whether the post is live, and whether someone else saved it in
 * between. The view shows the fields and reacts; this decides what a save, an autosave, publishing or a conflict
 * changes.
 */
final class EditSession {

    private final PostEditor posts;
    private final Clock clock;

    private Long postId;
    private long version;
    private PostStatus status = PostStatus.DRAFT;
    private PostKind kind = PostKind.POST;
    private boolean everPublished;
    /** When the post went (or goes) public, as the server holds it. */
    private Instant publishedAt;
    /** What the server keeps of the author's text: the post itself, or its newest autosave. */
    private PostDraft kept;
    /** What the post itself holds, as readers (of a published post) see it. */
    private PostDraft applied;
    private boolean conflict;
    private Instant lastSavedAt;

    EditSession(PostEditor posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    /** A post or page not written yet; {@code shown} is the empty form, as a draft of that kind. */
    void startNew(PostKind newKind, java.util.function.Supplier<PostDraft> shown) {
        postId = null;
        version = 0;
        status = PostStatus.DRAFT;
        kind = newKind;
        everPublished = false;
        publishedAt = null;
        conflict = false;
        kept = PostForm.normalized(shown.get());
        applied = kept;
    }

    /** The stored post, now shown as {@code shown}. */
    void open(PostDetail post, PostDraft shown) {
        postId = post.id();
        version = post.version();
        status = post.status();
        kind = post.kind();
        everPublished = post.status() != PostStatus.DRAFT || post.publishedAt() != null;
        publishedAt = post.publishedAt();
        conflict = false;
        kept = PostForm.normalized(shown);
        applied = kept;
    }

    // ------------------------------------------------------------------ what the server has

    /** Changes the server does not hold yet (not even as an autosave). */
    boolean hasUnsavedChanges(PostDraft shown) {
        return !PostForm.normalized(shown).equals(kept);
    }

    /** Changes readers of the published post do not see yet. */
    boolean hasUnpublishedChanges(PostDraft shown) {
        return status != PostStatus.DRAFT && !PostForm.normalized(shown).equals(applied);
    }

    /** What a successful save came to; {@code slug} is the address the server chose instead of the one sent. */
    record Saved(PostDetail post, String slug) {
    }

    /**
     * Sends the form. A manual save changes the post (a published one too); an autosave of a published or
     * scheduled post is kept as a revision beside it.
     *
     * @throws EditConflictException when someone else saved in between; the session is then in conflict, holding
     *                               the other version's number, until the author chooses
     * @throws InvalidInputException as the server refuses the draft, each refused field in its {@code fields()}
     */
    Saved save(PostDraft draft, boolean manual) {
        boolean appliesToPost = manual || status == PostStatus.DRAFT;
        PostDetail saved;
        try {
            saved = postId == null ? (manual ? posts.create(draft) : posts.createAutosaved(draft))
                    : manual ? posts.update(postId, version, draft) : posts.autosave(postId, version, draft);
        } catch (EditConflictException e) {
            conflict = true;
            throw e;
        }
        postId = saved.id();
        version = saved.version();
        status = saved.status();
        PostDraft stored = PostForm.normalized(draft);
        String newSlug = null;
        if (appliesToPost && !saved.slug().equals(stored.slug())) {
            // the server made the address unique; the form shows it, so the next save does not ask again
            newSlug = saved.slug();
            stored = PostForm.normalized(draft.withSlug(newSlug));
        }
        kept = stored;
        if (appliesToPost) {
            applied = stored;
        }
        lastSavedAt = clock.instant();
        return new Saved(saved, newSlug);
    }

    /** Publishes the saved post now, or at {@code at} when that is given. */
    PostDetail publish(Instant at) {
        PostDetail done = at != null ? posts.schedule(postId, at) : posts.publish(postId);
        version = done.version();
        status = done.status();
        publishedAt = done.publishedAt();
        everPublished = true;
        return done;
    }

    /**
     * Whether {@code shown} (the time in the editor's field) corrects when the published post went public; the
     * field shows minutes, so seconds do not count.
     */
    boolean correctsPublishedAt(Instant shown) {
        return status == PostStatus.PUBLISHED && postId != null
                && !java.util.Objects.equals(minutes(shown), minutes(publishedAt));
    }

    /**
     * Stores the corrected time the published post went public.
     *
     * @throws InvalidInputException when it is missing or in the future
     */
    void correctPublishedAt(Instant at) {
        PostDetail done = posts.correctPublishedAt(postId, at);
        version = done.version();
        publishedAt = done.publishedAt();
    }

    private static Instant minutes(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Back to a draft; what only an autosave held so far goes into the post with the next save. */
    PostDetail unpublish() {
        PostDetail done = posts.unpublish(postId);
        version = done.version();
        status = done.status();
        kept = applied;
        return done;
    }

    void trash() {
        posts.trash(postId);
    }

    // ------------------------------------------------------------------ someone else saved meanwhile

    /**
     * The version someone else saved, for the author to compare. "Keep mine" saves over it; until the author
     * chooses nothing is saved automatically.
     */
    PostDetail theirs() {
        PostDetail theirs = posts.getForEditing(postId);
        version = theirs.version();
        return theirs;
    }

    /** The author keeps their text: the next save goes over the other version. */
    void keepMine(long theirVersion) {
        version = theirVersion;
        conflict = false;
    }

    // ------------------------------------------------------------------ what the view asks

    /** Where this browser keeps the text of this writer's post (or of a new one) until the server has it. */
    String draftKey() {
        return "geul-draft:" + CurrentUser.accountId().orElse(0L) + ":"
                + (postId == null ? EditorView.NEW : postId.toString());
    }

    Long postId() {
        return postId;
    }

    long version() {
        return version;
    }

    PostStatus status() {
        return status;
    }

    PostKind kind() {
        return kind;
    }

    boolean isNew() {
        return postId == null;
    }

    /** Published or scheduled. */
    boolean isLive() {
        return status != PostStatus.DRAFT;
    }

    boolean everPublished() {
        return everPublished;
    }

    boolean inConflict() {
        return conflict;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant lastSavedAt() {
        return lastSavedAt;
    }
}
