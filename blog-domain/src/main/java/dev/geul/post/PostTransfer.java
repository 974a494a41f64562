package dev.geul.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and pages as a blog moving in or out needs them: created with the author, dates, status, slug and keys
 * the archive gives (the editor's {@link PostEditor#create} uses the signed-in writer and "now"), and read back
 * whole, drafts and trash included, for an export. HTML is sanitized here too. Admins only.
 */
@Component
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class PostTransfer {

    private final PostRepository posts;
    private final TagRepository tags;
    private final AccountRepository accounts;
    private final CategoryRepository categories;
    private final HtmlSanitizer sanitizer;

    PostTransfer(PostRepository posts, TagRepository tags, AccountRepository accounts, CategoryRepository categories,
                 HtmlSanitizer sanitizer) {
        this.posts = posts;
        this.tags = tags;
        this.accounts = accounts;
        this.categories = categories;
        this.sanitizer = sanitizer;
    }

    /**
     * A post or page of an archive, or of this blog for an export.
     *
     * @param title          plain text, not empty
     * @param slug           the wanted slug; made unique when another post has it
     * @param id             the post's id here, for an export; null for a post an archive brings
     * @param excerpt        plain text, or null to derive it from the text
     * @param publishedAt    required unless {@code status} is a draft
     * @param accessPassword required when {@code visibility} is {@link Visibility#PASSWORD}
     * @param updatedAt      null for {@code createdAt}
     * @param trashedAt      when it went to the trash, or null
     * @param moreCategoryIds categories the post is in besides its main one ({@code categoryId})
     * @param tagSlugs       slugs of existing tags (see {@link #findOrCreateTag})
     * @param importKey      identifies the archive's item so that a second import adds nothing twice; null for a
     *                       post written here
     * @param legacyPaths    the paths it had on the blog it came from, each answered with a redirect
     */
    public record PostData(@Nullable Long id, PostKind kind, String title, String slug, String contentHtml,
                           @Nullable String excerpt, PostStatus status, Visibility visibility,
                           @Nullable String accessPassword, @Nullable Instant publishedAt, Instant createdAt,
                           @Nullable Instant updatedAt, @Nullable Instant trashedAt, long authorId,
                           @Nullable Long categoryId, List<Long> moreCategoryIds, List<String> tagSlugs, boolean sticky,
                           boolean commentsOpen, @Nullable Long parentId, @Nullable String importKey,
                           List<String> legacyPaths) {

        public PostData {
            moreCategoryIds = moreCategoryIds == null ? List.of() : List.copyOf(moreCategoryIds);
            legacyPaths = legacyPaths == null ? List.of() : List.copyOf(legacyPaths);
        }

        /** The id of a post read from the blog; a post an archive brings has none until it is stored. */
        public long storedId() {
            return java.util.Objects.requireNonNull(id, "a post read from the blog has an id");
        }
    }

    public record TagData(String name, String slug) {
    }

    public record Created(long id, String slug) {
    }

    /** The ids of the posts among these import keys that are already here, by key: one query for a whole batch. */
    public Map<String, Long> findByImportKeys(Collection<String> importKeys) {
        Map<String, Long> ids = new HashMap<>();
        if (!importKeys.isEmpty()) {
            posts.findByImportKeyIn(importKeys).forEach(post -> ids.put(post.importKey(), post.id()));
        }
        return ids;
    }

    /**
     * Stores a post as the archive describes it; the HTML is sanitized, the slug made unique.
     *
     * @throws InvalidInputException when a required part is missing
     */
    public Created create(PostData data) {
        Created created = createAll(List.of(data)).getFirst();
        // written now, so that a broken post fails here with its own reason
        posts.flush();
        return created;
    }

    /**
     * Stores posts as {@link #create} does, in one go: whether their slugs are taken is asked once for all of them,
     * and they are written at the next flush, in JDBC batches.
     *
     * @throws InvalidInputException when a required part of any of them is missing
     */
    public List<Created> createAll(List<PostData> batch) {
        List<String> wantedSlugs = new ArrayList<>(batch.size());
        for (PostData data : batch) {
            String wanted = Slugs.keepOrSlugify(data.slug());
            if (wanted.isEmpty()) {
                wanted = Slugs.slugify(data.title() == null ? "" : data.title().strip());
            }
            wantedSlugs.add(wanted.isEmpty() ? "post" : wanted);
        }
        Set<String> asked = new HashSet<>(wantedSlugs);
        Set<String> taken = new HashSet<>(posts.findSlugsIn(asked));
        // a slug that was not asked about (a numbered one) is looked up on its own
        Predicate<String> isTaken = slug -> taken.contains(slug) || (!asked.contains(slug) && posts.existsBySlug(slug));
        List<Created> created = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Post post = create(batch.get(i), Slugs.makeUnique(wantedSlugs.get(i), isTaken));
            taken.add(post.getSlug());
            created.add(new Created(post.getId(), post.getSlug()));
        }
        return created;
    }

    private Post create(PostData data, String slug) {
        Account author = accounts.findById(data.authorId())
                .orElseThrow(() -> new NotFoundException("Account " + data.authorId()));
        Post post = new Post(data.kind(), author, data.createdAt());
        String title = data.title() == null ? "" : data.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "error.post.title", "A post needs a title");
        }
        post.setTitle(title);
        post.setSlug(slug);
        post.setContentHtml(sanitizer.sanitizePostHtml(data.contentHtml()));
        post.setExcerpt(data.excerpt() == null || data.excerpt().isBlank() ? null : data.excerpt());
        if (data.status() != PostStatus.DRAFT && data.publishedAt() == null) {
            throw new InvalidInputException("publishedAt", "error.post.publishedat.required",
                    "A published or scheduled post needs a date");
        }
        post.setStatus(data.status());
        post.setPublishedAt(data.publishedAt());
        if (data.visibility() == Visibility.PASSWORD
                && (data.accessPassword() == null || data.accessPassword().isEmpty())) {
            throw new InvalidInputException("password", "error.post.password",
                    "A password-protected post needs a password");
        }
        post.setVisibility(data.visibility());
        post.setAccessPassword(data.visibility() == Visibility.PASSWORD ? data.accessPassword() : null);
        post.setUpdatedAt(data.updatedAt() == null ? data.createdAt() : data.updatedAt());
        post.setTrashedAt(data.trashedAt());
        post.setSticky(data.sticky());
        post.setCommentsOpen(data.commentsOpen());
        if (data.categoryId() != null) {
            post.setCategory(categories.getReferenceById(data.categoryId()));
        }
        for (Long other : new LinkedHashSet<>(data.moreCategoryIds())) {
            if (!other.equals(data.categoryId())) {
                post.getMoreCategories().add(categories.getReferenceById(other));
            }
        }
        for (String tagSlug : new LinkedHashSet<>(data.tagSlugs())) {
            tags.findBySlug(tagSlug).ifPresent(post.getTags()::add);
        }
        if (data.parentId() != null && data.kind() == PostKind.PAGE) {
            posts.findById(data.parentId()).filter(parent -> parent.getKind() == PostKind.PAGE)
                    .ifPresent(post::setParent);
        }
        post.setImportKey(data.importKey());
        for (String path : data.legacyPaths()) {
            if (!path.isBlank() && path.length() <= Post.LEGACY_PATH_MAX_LENGTH) {
                post.getLegacyPaths().add(path);
            }
        }
        posts.save(post);
        return post;
    }

    /**
     * Changes the stored HTML of these posts, e.g. to point their images at files an import brought home; what the
     * change gives is sanitized like all post HTML. Posts it leaves as they were are not written.
     *
     * @return how many posts changed
     */
    public int rewriteContent(Collection<Long> postIds, java.util.function.UnaryOperator<String> change) {
        int changed = 0;
        for (Post post : posts.findAllById(postIds)) {
            String html = change.apply(post.getContentHtml());
            if (html != null && !html.equals(post.getContentHtml())) {
                post.setContentHtml(sanitizer.sanitizePostHtml(html));
                changed++;
            }
        }
        return changed;
    }

    /** The ids of posts whose HTML matches a PostgreSQL regular expression, e.g. addresses of an old blog's uploads. */
    @Transactional(readOnly = true)
    public List<Long> idsWithContentMatching(String regex) {
        return posts.findIdsByContentMatching(regex);
    }

    /** Places a page below another page; refused (false) when either is not a page or that would make a loop. */
    public boolean setParent(long pageId, long parentId) {
        Post page = posts.findById(pageId).orElseThrow(() -> new NotFoundException("Post " + pageId));
        Post parent = posts.findById(parentId).orElseThrow(() -> new NotFoundException("Post " + parentId));
        if (page.getKind() != PostKind.PAGE || parent.getKind() != PostKind.PAGE) {
            return false;
        }
        for (Post p = parent; p != null; p = p.getParent()) {
            if (p.getId().equals(page.getId())) {
                return false;
            }
        }
        page.setParent(parent);
        return true;
    }

    public record FoundTag(String slug, boolean created) {
    }

    /** The tag with this slug, else the one with this name (in any case), else a new one. */
    public FoundTag findOrCreateTag(TagData data) {
        String slug = Slugs.keepOrSlugify(data.slug());
        String name = sanitizer.toPlainText(data.name()).strip();
        if (name.isEmpty()) {
            name = slug;
        }
        if (name.length() > Tag.NAME_MAX_LENGTH) {
            name = name.substring(0, Tag.NAME_MAX_LENGTH);
        }
        if (!slug.isEmpty()) {
            Optional<Tag> bySlug = tags.findBySlug(slug);
            if (bySlug.isPresent()) {
                return new FoundTag(bySlug.get().getSlug(), false);
            }
        }
        if (name.isEmpty()) {
            throw new InvalidInputException("tag", "error.post.tag.blank", "A tag needs a name");
        }
        Optional<Tag> byName = tags.findByName(name);
        if (byName.isPresent()) {
            return new FoundTag(byName.get().getSlug(), false);
        }
        String wanted = slug.isEmpty() ? Slugs.slugify(name) : slug;
        Tag tag = tags.save(new Tag(name, Slugs.makeUnique(wanted.isEmpty() ? "tag" : wanted, tags::existsBySlug)));
        return new FoundTag(tag.getSlug(), true);
    }

    /** Every tag, by name. */
    @Transactional(readOnly = true)
    public List<TagData> allTags() {
        return tags.findAllByOrderByName().stream().map(tag -> new TagData(tag.getName(), tag.getSlug())).toList();
    }

    /**
     * Posts and pages of every status, trash included, in the order they were stored, {@code limit} after the
     * one with id {@code afterId}: an export reads the blog in such batches, so a big blog is never in memory whole.
     */
    @Transactional(readOnly = true)
    public List<PostData> batchAfter(long afterId, int limit) {
        return posts.findByIdGreaterThanOrderById(afterId, Limit.of(limit)).stream().map(PostTransfer::data).toList();
    }

    private static PostData data(Post post) {
        List<String> tagSlugs = post.getTags().stream().sorted(Comparator.comparing(Tag::getName)).map(Tag::getSlug)
                .toList();
        return new PostData(post.getId(), post.getKind(), post.getTitle(), post.getSlug(), post.getContentHtml(),
                post.getExcerpt(), post.getStatus(), post.getVisibility(), post.getAccessPassword(),
                post.getPublishedAt(), post.getCreatedAt(), post.getUpdatedAt(), post.getTrashedAt(),
                post.getAuthor().getId(), post.getCategory() == null ? null : post.getCategory().getId(),
                post.getMoreCategories().stream().map(dev.geul.category.Category::getId).sorted().toList(), tagSlugs, post.isSticky(), post.isCommentsOpen(),
                post.getParent() == null ? null : post.getParent().getId(), post.getImportKey(),
                List.copyOf(post.getLegacyPaths()));
    }
}
