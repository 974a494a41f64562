package dev.geul.post;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.geul.account.Account;
import dev.geul.base.InvalidInputException;
import dev.geul.category.Category;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.Length;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A post or a page. Its HTML is always stored sanitized (see PostEditor). Its life (draft, scheduled, published,
 * trashed) changes through the methods below, which refuse what the state does not allow.
 */
@Entity
public class Post {

    public static final int TITLE_MAX_LENGTH = 300;
    /** The column's length; a slug made from a title leaves room for -2, -3 ... (see Slugs). */
    public static final int SLUG_MAX_LENGTH = dev.geul.base.Slugs.MAX_LENGTH;
    public static final int EXCERPT_MAX_LENGTH = 1000;
    /** About 1 MB of text: a long post with many tables is well under it; a pasted data dump is not. */
    public static final int CONTENT_MAX_LENGTH = 1_000_000;
    public static final int PASSWORD_MAX_LENGTH = 100;
    public static final int MAX_TAGS = 30;
    public static final int LEGACY_PATH_MAX_LENGTH = 1000;
    /** Pages are listed in the blog's navigation by this number, smallest first; a writer needs no more. */
    public static final int MENU_ORDER_MAX = 999;

    @Id
    // taken from the sequence 50 at a time (V2 migration), so that many new posts go to the database in one batch
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_id")
    @SequenceGenerator(name = "post_id", sequenceName = "post_id_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PostKind kind = PostKind.POST;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Post parent;

    // a new post's title and slug are empty until it is given them (DraftFields, PostTransfer), before it is stored
    @NotBlank
    @Size(max = TITLE_MAX_LENGTH)
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @NotBlank
    @Size(max = SLUG_MAX_LENGTH)
    @Column(nullable = false, unique = true, length = SLUG_MAX_LENGTH)
    private String slug = "";

    @NotNull
    @Size(max = CONTENT_MAX_LENGTH)
    @Column(name = "content_html", nullable = false, length = Length.LONG32)
    private String contentHtml = "";

    @Size(max = EXCERPT_MAX_LENGTH)
    @Column(length = EXCERPT_MAX_LENGTH)
    private @Nullable String excerpt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status = PostStatus.DRAFT;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    /** Kept readable, like WordPress does: the author shares it with readers and sees it in the editor. */
    @Size(max = PASSWORD_MAX_LENGTH)
    @Column(name = "access_password", length = PASSWORD_MAX_LENGTH)
    private @Nullable String accessPassword;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    // handing a post to its rightful writer must not refuse the next save of someone editing it
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private @Nullable Category category;

    /** Categories the post is in besides its main one, as WordPress allows; lists of each show the post. */
    @ManyToMany
    @JoinTable(name = "post_category", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @BatchSize(size = 100)
    private Set<Category> moreCategories = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @BatchSize(size = 100)
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean sticky;

    /** Where a page stands in the blog's navigation, smallest first (then by title); posts ignore it. */
    @Column(name = "menu_order", nullable = false)
    private int menuOrder;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    @Column(name = "trashed_at")
    private @Nullable Instant trashedAt;

    /** Identifies the imported item (its WordPress GUID) so a second import adds nothing twice. */
    @Column(name = "import_key", unique = true, length = 500)
    private @Nullable String importKey;

    /** The paths this post had on the blog it was imported from; each is answered with a redirect. */
    @ElementCollection
    @CollectionTable(name = "post_legacy_path", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "path", length = LEGACY_PATH_MAX_LENGTH, nullable = false)
    @BatchSize(size = 100)
    private Set<String> legacyPaths = new LinkedHashSet<>();

    @Version
    private long version;

    /**
     * Made here (not read from the database) and no comment written to it since: it has no comments, so whatever
     * lists them (the search index, for a whole import) need not ask the database.
     */
    @Transient
    private boolean newWithoutComments;

    protected Post() {
    }

    Post(PostKind kind, Account author, Instant now) {
        this.kind = kind;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
        this.newWithoutComments = true;
    }

    /** True when this post was just made and has had no comment since; false says nothing. */
    public boolean isNewWithoutComments() {
        return newWithoutComments;
    }

    /** Called for every comment written to this post. */
    public void commentWritten() {
        newWithoutComments = false;
    }

    /**
     * Public from {@code now} on; a post that was published before keeps its date.
     *
     * @throws InvalidInputException when it is in the trash
     */
    void publish(Instant now) {
        requireNotTrashed();
        if (publishedAt == null || publishedAt.isAfter(now)) {
            publishedAt = now;
        }
        status = PostStatus.PUBLISHED;
        updatedAt = now;
    }

    /**
     * A scheduled post whose time has come, marked published. Its dates stay: it went public at its
     * {@code publishedAt}, and its {@code updatedAt} still tells an autosave made after the last save.
     */
    void goLive() {
        if (status == PostStatus.SCHEDULED) {
            status = PostStatus.PUBLISHED;
        }
    }

    /**
     * Public at {@code at}.
     *
     * @throws InvalidInputException when {@code at} is not after {@code now}, or the post is in the trash
     */
    void schedule(@Nullable Instant at, Instant now) {
        requireNotTrashed();
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInputException("publishedAt", "error.post.schedule",
                    "Pick a time in the future to schedule a post");
        }
        publishedAt = at;
        status = PostStatus.SCHEDULED;
        updatedAt = now;
    }

    /**
     * Corrects when a published post went public: an earlier date for a post first written elsewhere, or a later
     * one, up to now. A time to come is a schedule, not a correction.
     *
     * @throws InvalidInputException when the post is not published, {@code at} is missing or lies after
     *                               {@code now}, or the post is in the trash
     */
    void correctPublishedAt(@Nullable Instant at, Instant now) {
        requireNotTrashed();
        if (status != PostStatus.PUBLISHED) {
            throw new InvalidInputException("publishedAt", "error.post.publishedat.notpublished",
                    "Only a published post's date can be corrected");
        }
        if (at == null) {
            throw new InvalidInputException("publishedAt", "error.post.publishedat.required",
                    "Give the time the post was published");
        }
        if (at.isAfter(now)) {
            throw new InvalidInputException("publishedAt", "error.post.publishedat.future",
                    "A published post's time cannot lie ahead; schedule the post instead");
        }
        publishedAt = at;
        updatedAt = now;
    }

    /**
     * Back to a draft; its text and comments stay.
     *
     * @throws InvalidInputException when it is in the trash
     */
    void unpublish(Instant now) {
        requireNotTrashed();
        status = PostStatus.DRAFT;
        updatedAt = now;
    }

    /** Gone for readers from {@code now} on (or from when it was trashed before), restorable. */
    void trash(Instant now) {
        if (trashedAt == null) {
            trashedAt = now;
        }
    }

    /** Out of the trash, in the state it had. */
    void restore() {
        trashedAt = null;
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    private void requireNotTrashed() {
        if (isTrashed()) {
            throw new InvalidInputException("status", "error.post.restorefirst", "Restore the post from the trash first");
        }
    }

    /** Readers may see it now: published, or scheduled and its time has come; and not in the trash. */
    public boolean isLive(Instant now) {
        return isLive(isTrashed(), status, publishedAt, now);
    }

    /** Whether a post in this state is live: published, or scheduled and its time has come, and not trashed. */
    static boolean isLive(boolean trashed, PostStatus status, @Nullable Instant publishedAt, Instant now) {
        if (trashed) {
            return false;
        }
        return status == PostStatus.PUBLISHED
                || (status == PostStatus.SCHEDULED && publishedAt != null && !publishedAt.isAfter(now));
    }

    public Long getId() {
        return id;
    }

    public PostKind getKind() {
        return kind;
    }

    public @Nullable Post getParent() {
        return parent;
    }

    void setParent(@Nullable Post parent) {
        this.parent = parent;
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getContentHtml() {
        return contentHtml;
    }

    void setContentHtml(String contentHtml) {
        this.contentHtml = contentHtml;
    }

    public @Nullable String getExcerpt() {
        return excerpt;
    }

    void setExcerpt(@Nullable String excerpt) {
        this.excerpt = excerpt;
    }

    public PostStatus getStatus() {
        return status;
    }

    void setStatus(PostStatus status) {
        this.status = status;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public @Nullable String getAccessPassword() {
        return accessPassword;
    }

    void setAccessPassword(@Nullable String accessPassword) {
        this.accessPassword = accessPassword;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Account getAuthor() {
        return author;
    }

    void giveTo(Account newAuthor) {
        this.author = java.util.Objects.requireNonNull(newAuthor);
    }

    public @Nullable Category getCategory() {
        return category;
    }

    void setCategory(@Nullable Category category) {
        this.category = category;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public boolean isSticky() {
        return sticky;
    }

    void setSticky(boolean sticky) {
        this.sticky = sticky;
    }

    public int getMenuOrder() {
        return menuOrder;
    }

    void setMenuOrder(int menuOrder) {
        this.menuOrder = menuOrder;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }

    public @Nullable Instant getTrashedAt() {
        return trashedAt;
    }

    void setTrashedAt(@Nullable Instant trashedAt) {
        this.trashedAt = trashedAt;
    }

    public @Nullable String getImportKey() {
        return importKey;
    }

    void setImportKey(@Nullable String importKey) {
        this.importKey = importKey;
    }

    public Set<Category> getMoreCategories() {
        return moreCategories;
    }

    public Set<String> getLegacyPaths() {
        return legacyPaths;
    }

    public long getVersion() {
        return version;
    }
}
