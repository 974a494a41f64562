package dev.geul.post;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.account.CurrentUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.html.HtmlSanitizer;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Writing posts and pages: drafts, saves and autosaves, publishing, the trash, and the admin's list of them.
 *
 * <p>Authors change only their own posts, admins every post; the checks are here, whatever a view shows. All HTML
 * is sanitized before it is stored. Reading them as readers do is {@link PostReader}'s.
 */
@Service
@Transactional
@Validated
public class PostEditor {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final AccountRepository accounts;
    private final DraftFields fields;
    private final SaveHistory saves;
    private final PostMapper mapper;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PostEditor(PostRepository posts, PostRevisionRepository revisions, SaveHistory saves, AccountRepository accounts,
               DraftFields fields, PostMapper mapper, HtmlSanitizer sanitizer,
               Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.posts = posts;
        this.revisions = revisions;
        this.saves = saves;
        this.accounts = accounts;
        this.fields = fields;
        this.mapper = mapper;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the text

    /**
     * Creates a draft owned by the caller; its history begins with a draft save. Authors and admins.
     *
     * @throws InvalidInputException for a title, address, category, password or parent page that cannot be used
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public PostDetail create(@Valid PostDraft draft) {
        return createAs(draft, PostRevision.Reason.DRAFT);
    }

    /**
     * What the editor saves when the author starts typing a new post: the same as {@link #create}, its history
     * beginning with an autosave. Authors and admins.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public PostDetail createAutosaved(@Valid PostDraft draft) {
        return createAs(draft, PostRevision.Reason.AUTOSAVE);
    }

    private PostDetail createAs(PostDraft draft, PostRevision.Reason kind) {
        Account author = currentAccount();
        Post post = new Post(draft.kind(), author, clock.instant());
        fields.apply(post, draft);
        posts.saveAndFlush(post);
        saves.saved(post, kind, author);
        return mapper.detail(post, true);
    }

    /**
     * Saves the editor's text over version {@code expectedVersion}: "Save draft" for a draft, "Update" for a
     * published or scheduled post, each an entry in the post's history. The post's author and admins.
     *
     * @throws EditConflictException when someone saved in between; the caller's text is then kept as a revision
     * @throws InvalidInputException as {@link #create}
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    @Transactional(noRollbackFor = EditConflictException.class)
    public PostDetail update(long id, long expectedVersion, @Valid PostDraft draft) {
        Post post = loadForUpdate(id, expectedVersion, draft);
        Account by = currentAccount();
        saves.keepTextFromBefore(post, by);
        fields.apply(post, draft);
        post.setUpdatedAt(clock.instant());
        posts.saveAndFlush(post);
        saves.saved(post, post.getStatus() == PostStatus.DRAFT ? PostRevision.Reason.DRAFT
                : PostRevision.Reason.UPDATE, by);
        if (post.getStatus() == PostStatus.PUBLISHED && !post.isTrashed()) {
            events.publishEvent(new PostChanged(id, PostChanged.Change.UPDATED));
        }
        return mapper.detail(post, true);
    }

    /**
     * What the editor saves while the author types. A draft is updated in place; a published or scheduled post
     * stays as readers see it, and the typed text is kept as its autosave revision until the author publishes.
     * Either way the autosave is an entry in the post's history.
     *
     * @throws EditConflictException as {@link #update}
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    @Transactional(noRollbackFor = EditConflictException.class)
    public PostDetail autosave(long id, long expectedVersion, @Valid PostDraft draft) {
        Post post = loadForUpdate(id, expectedVersion, draft);
        Account by = currentAccount();
        saves.keepTextFromBefore(post, by);
        if (post.getStatus() == PostStatus.DRAFT) {
            fields.apply(post, draft);
            post.setUpdatedAt(clock.instant());
            posts.saveAndFlush(post);
            saves.saved(post, PostRevision.Reason.AUTOSAVE, by);
        } else {
            saves.autosavedBeside(post, fields.plainTitle(draft.title()),
                    sanitizer.sanitizePostHtml(draft.contentHtml()), fields.plainOrNull(draft.excerpt()), by,
                    expectedVersion);
        }
        return mapper.detail(post, true);
    }

    // ---------------------------------------------------------------- its life

    /**
     * Makes the post public now (or keeps its earlier publication date when it was published before).
     *
     * @throws InvalidInputException when it is in the trash
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail publish(long id) {
        boolean wasLive = load(id).getStatus() == PostStatus.PUBLISHED;
        PostDetail published = save(id, PostRevision.Reason.PUBLISH, post -> post.publish(clock.instant()));
        // publishing what readers already see changes its text: an update, not a new post
        events.publishEvent(wasLive ? new PostChanged(id, PostChanged.Change.UPDATED) : new PostWentLive(id));
        return published;
    }

    /**
     * Publishes the post at {@code at}.
     *
     * @throws InvalidInputException when {@code at} is not in the future, or the post is in the trash
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail schedule(long id, @Nullable Instant at) {
        return save(id, PostRevision.Reason.SCHEDULE, post -> post.schedule(at, clock.instant()));
    }

    /**
     * Corrects when a published post went public: earlier (a post first written elsewhere) or later, up to now.
     * The post's author and admins.
     *
     * @throws InvalidInputException when the post is not published, {@code at} is missing or in the future
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail correctPublishedAt(long id, @Nullable Instant at) {
        return change(id, post -> post.correctPublishedAt(at, clock.instant()));
    }

    /**
     * Takes the post back to a draft; its text and comments stay.
     *
     * @throws InvalidInputException when it is in the trash
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail unpublish(long id) {
        boolean wasLive = load(id).getStatus() == PostStatus.PUBLISHED;
        PostDetail unpublished = change(id, post -> post.unpublish(clock.instant()));
        if (wasLive) {
            events.publishEvent(new PostChanged(id, PostChanged.Change.UNPUBLISHED));
        }
        return unpublished;
    }

    /** Moves the post to the trash: gone for readers, restorable by its author. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public void trash(long id) {
        Post post = load(id);
        if (!post.isTrashed()) {
            post.trash(clock.instant());
            events.publishEvent(new PostChanged(id, PostChanged.Change.TRASHED));
        }
    }

    /** Takes the post out of the trash, in the state it had. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail restore(long id) {
        return change(id, Post::restore);
    }

    /**
     * Deletes a trashed post with its comments and revisions.
     *
     * @throws InvalidInputException when the post is not in the trash
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public void deleteForever(long id) {
        Post post = load(id);
        if (!post.isTrashed()) {
            throw new InvalidInputException("status", "error.post.trashfirst",
                    "Move the post to the trash before deleting it forever");
        }
        posts.delete(post);
    }

    // ---------------------------------------------------------------- for the editor and the admin's list

    /** The post with everything the editor shows, its password too. The post's author and admins. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    @Transactional(readOnly = true)
    public PostDetail getForEditing(long id) {
        return mapper.detail(load(id), true);
    }

    /** The admin grid: the caller's posts, or every post for admins. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    @Transactional(readOnly = true)
    public Page<PostSummary> manage(PostFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        Long ownerOnly = CurrentUser.isAdmin() ? null : currentAccount().getId();
        Page<Post> page = posts.findAll(filter.matching(ownerOnly), sorted);
        return mapper.summaryPage(page, true);
    }

    // ---------------------------------------------------------------- internals

    /** A change of the post's life that is also a save: an entry in its history, with the text it has. */
    private PostDetail save(long id, PostRevision.Reason kind, Consumer<Post> change) {
        Post post = load(id);
        Account by = currentAccount();
        saves.keepTextFromBefore(post, by);
        change.accept(post);
        posts.saveAndFlush(post);
        saves.saved(post, kind, by);
        return mapper.detail(post, true);
    }

    private PostDetail change(long id, Consumer<Post> change) {
        Post post = load(id);
        change.accept(post);
        posts.saveAndFlush(post);
        return mapper.detail(post, true);
    }

    private Post loadForUpdate(long id, long expectedVersion, PostDraft draft) {
        // the row lock makes a concurrent second save wait and then see the first one's version
        Post post = posts.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (post.getVersion() != expectedVersion) {
            PostRevision kept = revisions.save(new PostRevision(post, PostRevision.Reason.CONFLICT,
                    fields.plainTitle(draft.title()), sanitizer.sanitizePostHtml(draft.contentHtml()),
                    fields.plainOrNull(draft.excerpt()), clock.instant(), currentAccount(), expectedVersion));
            throw new EditConflictException(post.getTitle(), post.getVersion(), kept.getId());
        }
        return post;
    }

    private Post load(long id) {
        return posts.findById(id).orElseThrow(() -> new NotFoundException("Post " + id));
    }

    private Account currentAccount() {
        long id = CurrentUser.accountId().orElseThrow(() -> new AccessDeniedException("Sign in to write"));
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }
}
