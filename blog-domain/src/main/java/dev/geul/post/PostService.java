package dev.geul.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.Slugs;
import dev.geul.base.html.Excerpts;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.account.CurrentUser;
import dev.geul.category.Category;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryRepository;
import dev.geul.category.CategoryService;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Writing, publishing and reading posts and pages.
 *
 * <p>Readers (anyone, signed in or not) see live posts: published, or scheduled and their time has come, not
 * trashed, not private. Authors change only their own posts, admins every post; the checks are here, whatever
 * a view shows. All HTML is sanitized before it is stored.
 */
@Service
@Transactional
@Validated
public class PostService {

    private final PostRepository posts;
    private final TagRepository tags;
    private final PostRevisionRepository revisions;
    private final AccountRepository accounts;
    private final CategoryRepository categories;
    private final CategoryService categoryService;
    private final CommentCounts commentCounts;
    private final PostPermissions permissions;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    PostService(PostRepository posts, TagRepository tags, PostRevisionRepository revisions, AccountRepository accounts,
                CategoryRepository categories, CategoryService categoryService, @Lazy CommentCounts commentCounts,
                PostPermissions permissions, HtmlSanitizer sanitizer, Clock clock) {
        this.posts = posts;
        this.tags = tags;
        this.revisions = revisions;
        this.accounts = accounts;
        this.categories = categories;
        this.categoryService = categoryService;
        this.commentCounts = commentCounts;
        this.permissions = permissions;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- writing

    /** Creates a draft owned by the caller. Authors and admins. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public PostDetail create(@Valid PostDraft draft) {
        Account author = currentAccount();
        Post post = new Post(draft.kind(), author, clock.instant());
        apply(post, draft);
        posts.saveAndFlush(post);
        return detail(post, true);
    }

    /**
     * Saves the editor's text over version {@code expectedVersion}.
     *
     * @throws EditConflictException when someone saved in between; the caller's text is then kept as a revision
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    @Transactional(noRollbackFor = EditConflictException.class)
    public PostDetail update(long id, long expectedVersion, @Valid PostDraft draft) {
        Post post = loadForUpdate(id, expectedVersion, draft);
        if (!post.getTitle().equals(plainTitle(draft.title()))
                || !post.getContentHtml().equals(sanitizer.sanitizePostHtml(draft.contentHtml()))) {
            revisions.save(new PostRevision(post, PostRevision.Reason.EDIT, post.getTitle(), post.getContentHtml(),
                    post.getExcerpt(), clock.instant(), currentAccount(), post.getVersion()));
        }
        apply(post, draft);
        post.setUpdatedAt(clock.instant());
        posts.saveAndFlush(post);
        return detail(post, true);
    }

    /**
     * What the editor saves while the author types. A draft is updated in place; a published or scheduled post
     * stays as readers see it, and the typed text is kept as its autosave revision until the author publishes.
     *
     * @throws EditConflictException as {@link #update}
     */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    @Transactional(noRollbackFor = EditConflictException.class)
    public PostDetail autosave(long id, long expectedVersion, @Valid PostDraft draft) {
        Post post = loadForUpdate(id, expectedVersion, draft);
        if (post.getStatus() == PostStatus.DRAFT) {
            apply(post, draft);
            post.setUpdatedAt(clock.instant());
            posts.saveAndFlush(post);
        } else {
            revisions.save(new PostRevision(post, PostRevision.Reason.AUTOSAVE, plainTitle(draft.title()),
                    sanitizer.sanitizePostHtml(draft.contentHtml()), plainOrNull(draft.excerpt()), clock.instant(),
                    currentAccount(), expectedVersion));
        }
        return detail(post, true);
    }

    /** Makes the post public now (or keeps its earlier publication date when it was published before). */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail publish(long id) {
        Post post = loadLive(id);
        Instant now = clock.instant();
        if (post.getPublishedAt() == null || post.getPublishedAt().isAfter(now)) {
            post.setPublishedAt(now);
        }
        post.setStatus(PostStatus.PUBLISHED);
        post.setUpdatedAt(now);
        posts.saveAndFlush(post);
        return detail(post, true);
    }

    /** Publishes the post at {@code at}, which must lie in the future. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail schedule(long id, Instant at) {
        Post post = loadLive(id);
        Instant now = clock.instant();
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInputException("publishedAt", "error.post.schedule", "Pick a time in the future to schedule a post");
        }
        post.setPublishedAt(at);
        post.setStatus(PostStatus.SCHEDULED);
        post.setUpdatedAt(now);
        posts.saveAndFlush(post);
        return detail(post, true);
    }

    /** Takes the post back to a draft; its text and comments stay. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail unpublish(long id) {
        Post post = loadLive(id);
        post.setStatus(PostStatus.DRAFT);
        post.setUpdatedAt(clock.instant());
        posts.saveAndFlush(post);
        return detail(post, true);
    }

    /** Moves the post to the trash: gone for readers, restorable by its author. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public void trash(long id) {
        Post post = load(id);
        if (post.getTrashedAt() == null) {
            post.setTrashedAt(clock.instant());
        }
    }

    @PreAuthorize("@postPermissions.canEdit(#id)")
    public PostDetail restore(long id) {
        Post post = load(id);
        post.setTrashedAt(null);
        posts.saveAndFlush(post);
        return detail(post, true);
    }

    /** Deletes a trashed post with its comments and revisions. Only posts in the trash can be deleted. */
    @PreAuthorize("@postPermissions.canEdit(#id)")
    public void deleteForever(long id) {
        Post post = load(id);
        if (post.getTrashedAt() == null) {
            throw new InvalidInputException("status", "error.post.trashfirst",
                    "Move the post to the trash before deleting it forever");
        }
        posts.delete(post);
    }

    // ---------------------------------------------------------------- editing views

    @PreAuthorize("@postPermissions.canEdit(#id)")
    @Transactional(readOnly = true)
    public PostDetail getForEditing(long id) {
        return detail(load(id), true);
    }

    /** The admin grid: the caller's posts, or every post for admins. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    @Transactional(readOnly = true)
    public Page<PostSummary> manage(PostFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        Page<Post> page = posts.findAll(managedBy(filter), sorted);
        return page.map(summaries(page.getContent(), true)::get);
    }

    private Specification<Post> managedBy(PostFilter filter) {
        Long ownerOnly = CurrentUser.isAdmin() ? null : currentAccount().getId();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (ownerOnly != null) {
                where.add(cb.equal(root.get("author").get("id"), ownerOnly));
            }
            where.add(filter.trashed() ? cb.isNotNull(root.get("trashedAt")) : cb.isNull(root.get("trashedAt")));
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.categoryId() != null) {
                var subquery = query.subquery(Long.class);
                var other = subquery.correlate(root).join("moreCategories");
                subquery.select(other.get("id")).where(cb.equal(other.get("id"), filter.categoryId()));
                where.add(cb.or(cb.equal(root.get("category").get("id"), filter.categoryId()), cb.exists(subquery)));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("slug")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    // ---------------------------------------------------------------- reading

    /** The feed: listed posts, sticky ones first, then newest first. Anyone. */
    @Transactional(readOnly = true)
    public Page<PostSummary> listPublished(Pageable pageable) {
        Page<Post> page = posts.findListed(clock.instant(), unsorted(pageable));
        return page.map(summaries(page.getContent(), false)::get);
    }

    /** Listed posts in the category and the categories below it. */
    @Transactional(readOnly = true)
    public Page<PostSummary> listByCategory(String categorySlug, Pageable pageable) {
        List<Long> ids = categoryService.withDescendants(categorySlug)
                .orElseThrow(() -> new NotFoundException("Category " + categorySlug));
        Page<Post> page = posts.findListedInCategories(clock.instant(), ids, unsorted(pageable));
        return page.map(summaries(page.getContent(), false)::get);
    }

    @Transactional(readOnly = true)
    public Page<PostSummary> listByTag(String tagSlug, Pageable pageable) {
        Page<Post> page = posts.findListedWithTag(clock.instant(), tagSlug, unsorted(pageable));
        return page.map(summaries(page.getContent(), false)::get);
    }

    /**
     * The newest listed posts with their text, newest first (sticky posts are not lifted here), for feeds; in a
     * category and the categories below it when {@code categorySlug} is given. Password-protected posts come
     * {@code locked}, without their text. Anyone.
     *
     * @throws NotFoundException for an unknown category
     */
    @Transactional(readOnly = true)
    public List<PostDetail> latest(String categorySlug, int limit) {
        Instant now = clock.instant();
        List<Post> found;
        if (categorySlug == null) {
            found = posts.findListedNewestFirst(now, PageRequest.of(0, limit));
        } else {
            List<Long> ids = categoryService.withDescendants(categorySlug)
                    .orElseThrow(() -> new NotFoundException("Category " + categorySlug));
            found = posts.findListedInCategoriesNewestFirst(now, ids, PageRequest.of(0, limit));
        }
        // one query for the comment counts of them all, not one a post
        Map<Long, Long> counts = found.isEmpty() ? Map.of()
                : commentCounts.approvedCommentsPerPost(found.stream().map(Post::getId).toList());
        return found.stream().map(post -> {
            PostDetail detail = detail(post, false, counts.getOrDefault(post.getId(), 0L));
            return post.getVisibility() == Visibility.PASSWORD ? locked(detail) : detail;
        }).toList();
    }

    /** A post or page everyone may read and find, for sitemaps. */
    public record PublicEntry(PostKind kind, String slug, Instant updatedAt) {
    }

    /** Every live public post and page (not unlisted, protected or private ones), posts first, newest first. Anyone. */
    @Transactional(readOnly = true)
    public List<PublicEntry> publicEntries() {
        return posts.findLivePublic(clock.instant()).stream()
                .map(post -> new PublicEntry(post.getKind(), post.getSlug(), post.getUpdatedAt())).toList();
    }

    /**
     * A post or page as a reader may see it. Drafts, scheduled, trashed and private posts are found only by
     * their author and admins. A password-protected post comes back {@code locked} unless {@code password}
     * matches.
     */
    @Transactional(readOnly = true)
    public Optional<PostDetail> findReadable(String slug, String password) {
        return posts.findBySlug(slug).filter(this::isReadable).map(post -> {
            boolean editor = permissions.canEdit(post.getId());
            boolean locked = post.getVisibility() == Visibility.PASSWORD && !editor
                    && !Objects.equals(post.getAccessPassword(), password);
            PostDetail detail = detail(post, editor);
            return locked ? locked(detail) : detail;
        });
    }

    /**
     * A post or page as someone who is not signed in sees it, whoever calls: for what goes out to everyone
     * (pages as crawlers see them, caches). Live and not private, else empty; password-protected ones locked.
     */
    @Transactional(readOnly = true)
    public Optional<PostDetail> findPublicly(String slug) {
        return posts.findBySlug(slug)
                .filter(post -> post.isLive(clock.instant()) && post.getVisibility() != Visibility.PRIVATE)
                .map(post -> {
                    PostDetail detail = detail(post, false);
                    return post.getVisibility() == Visibility.PASSWORD ? locked(detail) : detail;
                });
    }

    /** The same as {@link #findReadable} by id. */
    @Transactional(readOnly = true)
    public Optional<PostDetail> findReadable(long id, String password) {
        return posts.findById(id).flatMap(post -> findReadable(post.getSlug(), password));
    }

    /**
     * The post an imported archive had at this old path ({@code /2013/01/10/slug/}, {@code /?p=12}), when the
     * caller may read it; with or without the final slash. Anyone.
     */
    @Transactional(readOnly = true)
    public Optional<PostSummary> findByLegacyPath(String path) {
        if (path == null || path.isBlank() || path.length() > 1000) {
            return Optional.empty();
        }
        Optional<Post> found = firstWithLegacyPath(path);
        if (found.isEmpty() && !path.contains("?")) {
            found = firstWithLegacyPath(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
        }
        return found.filter(this::isReadable).map(post -> summaries(List.of(post), false).get(post));
    }

    private Optional<Post> firstWithLegacyPath(String path) {
        return posts.findByLegacyPath(path, org.springframework.data.domain.Limit.of(1)).stream().findFirst();
    }

    /** Whether the caller may read the post at all (maybe locked); for comments and search. */
    @Transactional(readOnly = true)
    public boolean isReadable(long postId) {
        return posts.findById(postId).filter(this::isReadable).isPresent();
    }

    private boolean isReadable(Post post) {
        if (post.isLive(clock.instant()) && post.getVisibility() != Visibility.PRIVATE) {
            return true;
        }
        return permissions.canEdit(post.getId()) && CurrentUser.get().isPresent();
    }

    /**
     * The footer under a post: other listed posts of its category, newest first, each with its date and
     * comment count.
     */
    @Transactional(readOnly = true)
    public List<PostSummary> otherPostsInCategory(long postId, int limit) {
        Post post = posts.findById(postId).filter(this::isReadable)
                .orElseThrow(() -> new NotFoundException("Post " + postId));
        if (post.getCategory() == null) {
            return List.of();
        }
        List<Post> others = posts.findOthersInCategory(clock.instant(), post.getCategory().getId(), postId,
                PageRequest.of(0, limit));
        var summaries = summaries(others, false);
        return others.stream().map(summaries::get).toList();
    }

    /** The listed posts just older and just newer than this one, for "previous / next" links. */
    @Transactional(readOnly = true)
    public Adjacent adjacent(long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new NotFoundException("Post " + postId));
        if (post.getPublishedAt() == null || post.getKind() != PostKind.POST) {
            return new Adjacent(null, null);
        }
        Instant now = clock.instant();
        List<Post> older = posts.findOlder(now, post.getPublishedAt(), postId, PageRequest.of(0, 1));
        List<Post> newer = posts.findNewer(now, post.getPublishedAt(), postId, PageRequest.of(0, 1));
        List<Post> both = new ArrayList<>(older);
        both.addAll(newer);
        var summaries = summaries(both, false);
        return new Adjacent(older.isEmpty() ? null : summaries.get(older.getFirst()),
                newer.isEmpty() ? null : summaries.get(newer.getFirst()));
    }

    /** @param previous the next older post, or null; @param next the next newer post, or null */
    public record Adjacent(PostSummary previous, PostSummary next) {
    }

    /** Public live pages, for navigation and the sitemap. */
    @Transactional(readOnly = true)
    public List<PostSummary> listPages() {
        List<Post> pages = posts.findLivePublicPages(clock.instant());
        var summaries = summaries(pages, false);
        return pages.stream().map(summaries::get).toList();
    }

    /** Tags of listed posts with how many posts carry each, most used first. */
    @Transactional(readOnly = true)
    public List<TagCount> popularTags(int limit) {
        return posts.countListedPerTag(clock.instant(), PageRequest.of(0, limit)).stream()
                .map(row -> new TagCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    public record TagCount(String name, String slug, long postCount) {
    }

    @Transactional(readOnly = true)
    public List<String> allTagNames() {
        return tags.findAllByOrderByName().stream().map(Tag::getName).toList();
    }

    // ---------------------------------------------------------------- internals

    private Post loadForUpdate(long id, long expectedVersion, PostDraft draft) {
        // the row lock makes a concurrent second save wait and then see the first one's version
        Post post = posts.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (post.getVersion() != expectedVersion) {
            PostRevision kept = revisions.save(new PostRevision(post, PostRevision.Reason.CONFLICT,
                    plainTitle(draft.title()), sanitizer.sanitizePostHtml(draft.contentHtml()),
                    plainOrNull(draft.excerpt()), clock.instant(), currentAccount(), expectedVersion));
            throw new EditConflictException(post.getTitle(), post.getVersion(), kept.getId());
        }
        return post;
    }

    private void apply(Post post, PostDraft draft) {
        String title = plainTitle(draft.title());
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "error.post.title", "A post needs a title");
        }
        post.setTitle(title);
        if (draft.slug() != null && !draft.slug().isBlank()) {
            String wanted = Slugs.slugify(draft.slug());
            if (wanted.isEmpty()) {
                throw new InvalidInputException("slug", "error.post.slug", "The address must contain letters or digits");
            }
            if (!wanted.equals(post.getSlug())) {
                post.setSlug(Slugs.unique(wanted, "post", posts::existsBySlug));
            }
        } else if (post.getSlug() == null) {
            post.setSlug(Slugs.unique(title, "post", posts::existsBySlug));
        }
        post.setContentHtml(sanitizer.sanitizePostHtml(draft.contentHtml()));
        post.setExcerpt(plainOrNull(draft.excerpt()));
        post.setCategory(draft.categoryId() == null ? null : categories.findById(draft.categoryId())
                .orElseThrow(() -> new InvalidInputException("category", "error.post.category", "That category no longer exists")));
        post.getTags().clear();
        post.getTags().addAll(findOrCreateTags(draft.tags()));
        applyVisibility(post, draft.visibility(), draft.password());
        post.setSticky(draft.sticky());
        post.setCommentsOpen(draft.commentsOpen());
        applyParent(post, draft);
    }

    private void applyVisibility(Post post, Visibility visibility, String password) {
        if (visibility == Visibility.PASSWORD) {
            if (password == null || password.isBlank()) {
                throw new InvalidInputException("password", "error.post.password",
                        "A password-protected post needs a password");
            }
            post.setAccessPassword(password.strip());
        } else {
            post.setAccessPassword(null);
        }
        post.setVisibility(visibility);
    }

    private void applyParent(Post post, PostDraft draft) {
        if (draft.parentId() == null || draft.kind() != PostKind.PAGE) {
            post.setParent(null);
            return;
        }
        Post parent = posts.findById(draft.parentId())
                .filter(candidate -> candidate.getKind() == PostKind.PAGE)
                .orElseThrow(() -> new InvalidInputException("parent", "error.page.parent", "The parent must be an existing page"));
        for (Post p = parent; p != null; p = p.getParent()) {
            if (post.getId() != null && post.getId().equals(p.getId())) {
                throw new InvalidInputException("parent", "error.page.loop", "A page cannot be placed below itself");
            }
        }
        post.setParent(parent);
    }

    private Set<Tag> findOrCreateTags(List<String> names) {
        Set<Tag> result = new LinkedHashSet<>();
        for (String raw : names) {
            String name = sanitizer.toPlainText(raw).strip();
            if (name.isEmpty()) {
                continue;
            }
            result.add(tags.findByName(name).orElseGet(() ->
                    tags.save(new Tag(name, Slugs.unique(name, "tag", tags::existsBySlug)))));
        }
        return result;
    }

    private String plainTitle(String title) {
        return sanitizer.toPlainText(title).strip();
    }

    private String plainOrNull(String text) {
        if (text == null) {
            return null;
        }
        String plain = sanitizer.toPlainText(text);
        return plain.isBlank() ? null : plain;
    }

    private Post load(long id) {
        return posts.findById(id).orElseThrow(() -> new NotFoundException("Post " + id));
    }

    private Post loadLive(long id) {
        Post post = load(id);
        if (post.getTrashedAt() != null) {
            throw new InvalidInputException("status", "error.post.restorefirst", "Restore the post from the trash first");
        }
        return post;
    }

    private Account currentAccount() {
        long id = CurrentUser.accountId().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Sign in to write"));
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }

    private static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }

    private static PostDetail locked(PostDetail detail) {
        return new PostDetail(detail.id(), detail.slug(), detail.title(), "", "", null, detail.kind(),
                detail.status(), detail.visibility(), null, detail.publishedAt(), detail.createdAt(),
                detail.updatedAt(), detail.sticky(), detail.commentsOpen(), detail.trashed(), detail.authorId(),
                detail.authorName(), detail.category(), detail.moreCategories(), detail.tags(), detail.parentId(),
                detail.commentCount(), true, detail.version());
    }

    /** Summaries for a batch of posts with one query for all their comment counts. */
    private Map<Post, PostSummary> summaries(Collection<Post> batch, boolean forEditor) {
        Map<Long, Long> counts = batch.isEmpty() ? Map.of()
                : commentCounts.approvedCommentsPerPost(batch.stream().map(Post::getId).toList());
        Map<Post, PostSummary> result = new java.util.IdentityHashMap<>();
        for (Post post : batch) {
            result.put(post, summary(post, counts.getOrDefault(post.getId(), 0L), forEditor));
        }
        return result;
    }

    private PostSummary summary(Post post, long commentCount, boolean forEditor) {
        String excerpt = post.getVisibility() == Visibility.PASSWORD && !forEditor ? "" : excerptOf(post);
        return new PostSummary(post.getId(), post.getSlug(), post.getTitle(), excerpt, post.getKind(),
                post.getStatus(), post.getVisibility(), post.getPublishedAt(), post.getUpdatedAt(), post.isSticky(),
                post.getTrashedAt() != null, post.getAuthor().getId(), post.getAuthor().getDisplayName(),
                categoryRef(post.getCategory()), tagRefs(post), commentCount, post.getVersion());
    }

    private PostDetail detail(Post post, boolean forEditor) {
        return detail(post, forEditor,
                commentCounts.approvedCommentsPerPost(List.of(post.getId())).getOrDefault(post.getId(), 0L));
    }

    private PostDetail detail(Post post, boolean forEditor, long commentCount) {
        return new PostDetail(post.getId(), post.getSlug(), post.getTitle(), post.getContentHtml(), excerptOf(post),
                post.getExcerpt(), post.getKind(), post.getStatus(), post.getVisibility(),
                forEditor ? post.getAccessPassword() : null, post.getPublishedAt(), post.getCreatedAt(),
                post.getUpdatedAt(), post.isSticky(), post.isCommentsOpen(), post.getTrashedAt() != null,
                post.getAuthor().getId(), post.getAuthor().getDisplayName(), categoryRef(post.getCategory()),
                post.getMoreCategories().stream().sorted(java.util.Comparator.comparing(
                        dev.geul.category.Category::getName)).map(PostService::categoryRef).toList(),
                tagRefs(post), post.getParent() == null ? null : post.getParent().getId(), commentCount, false,
                post.getVersion());
    }

    private static String excerptOf(Post post) {
        return post.getExcerpt() != null ? post.getExcerpt()
                : Excerpts.fromHtml(post.getContentHtml(), Excerpts.DEFAULT_LENGTH);
    }

    private static PostSummary.CategoryRef categoryRef(Category category) {
        return category == null ? null
                : new PostSummary.CategoryRef(category.getId(), category.getName(), category.getSlug());
    }

    private static List<PostSummary.TagRef> tagRefs(Post post) {
        return post.getTags().stream().sorted(Comparator.comparing(Tag::getName))
                .map(tag -> new PostSummary.TagRef(tag.getName(), tag.getSlug())).toList();
    }
}
