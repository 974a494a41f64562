package dev.geul.post;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.geul.base.NotFoundException;
import dev.geul.category.CategoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of posts and pages as readers see them: the feed, a category, a tag, a month, the newest for feeds, the
 * sitemap's entries, the navigation's pages, and tags.
 *
 * <p>Anyone may call these, and every caller gets the same lists: the posts and pages in them are live ones
 * (published, or scheduled and their time has come, not trashed, not private), whoever asks. One post, and what
 * sits around it, is {@link PostReader}'s.
 */
@Service
@Transactional(readOnly = true)
public class PostLists {

    private final PostRepository posts;
    private final TagRepository tags;
    private final CategoryService categoryService;
    private final PostMapper mapper;
    private final Clock clock;

    PostLists(PostRepository posts, TagRepository tags, CategoryService categoryService, PostMapper mapper,
              Clock clock) {
        this.posts = posts;
        this.tags = tags;
        this.categoryService = categoryService;
        this.mapper = mapper;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- posts

    /** The feed: listed posts, sticky ones first, then newest first. */
    public Page<PostSummary> listPublished(Pageable pageable) {
        return summaries(posts.findListed(clock.instant(), unsorted(pageable)));
    }

    /**
     * Listed posts in the category and the categories below it.
     *
     * @throws NotFoundException for an unknown category
     */
    public Page<PostSummary> listByCategory(String categorySlug, Pageable pageable) {
        return summaries(posts.findListedInCategories(clock.instant(), categoryAndBelow(categorySlug),
                unsorted(pageable)));
    }

    public Page<PostSummary> listByTag(String tagSlug, Pageable pageable) {
        return summaries(posts.findListedWithTag(clock.instant(), tagSlug, unsorted(pageable)));
    }

    /** Listed posts published in this month (in the blog's time zone), newest first: the archive of a month. */
    public Page<PostSummary> listByMonth(YearMonth month, ZoneId zone, Pageable pageable) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return summaries(posts.findListedPublishedBetween(clock.instant(), from, until, unsorted(pageable)));
    }

    /**
     * The newest listed posts with their text, newest first (sticky posts are not lifted here), for feeds; in a
     * category and the categories below it when {@code categorySlug} is given. Password-protected posts come
     * {@code locked}, without their text.
     *
     * @throws NotFoundException for an unknown category
     */
    public List<PostDetail> latest(@Nullable String categorySlug, int limit) {
        Instant now = clock.instant();
        List<Post> found = categorySlug == null ? posts.findListedNewestFirst(now, PageRequest.of(0, limit))
                : posts.findListedInCategoriesNewestFirst(now, categoryAndBelow(categorySlug), PageRequest.of(0, limit));
        // one query for the comment counts of them all, not one a post
        Map<Long, Long> counts = mapper.commentCounts(found);
        return found.stream().map(post -> {
            PostDetail detail = mapper.detail(post, false, counts.getOrDefault(post.getId(), 0L));
            return post.getVisibility() == Visibility.PASSWORD ? PostMapper.locked(detail) : detail;
        }).toList();
    }

    /** A post or page everyone may read and find, for sitemaps. */
    public record PublicEntry(PostKind kind, String slug, Instant updatedAt) {
    }

    /** Every live public post and page (not unlisted, protected or private ones), posts first, newest first. */
    public List<PublicEntry> publicEntries() {
        return posts.findLivePublic(clock.instant()).stream()
                .map(post -> new PublicEntry(post.getKind(), post.getSlug(), post.getUpdatedAt())).toList();
    }

    // ---------------------------------------------------------------- pages

    /** Public live pages in the order their writers set for the navigation, for the sitemap and exports. */
    public List<PostSummary> listPages() {
        return mapper.summaryList(posts.findLivePublicPages(clock.instant()), false);
    }

    /** A page as the blog's navigation links it. @param parentId the page it sits below, or null */
    public record PageLink(long id, String title, String slug, @Nullable Long parentId) {
    }

    /**
     * The pages everyone may read (live, public), in the order their writers set and then by title: what the
     * blog's navigation lists. Drafts, scheduled, unlisted, protected, private and trashed pages are not in it.
     */
    public List<PageLink> navigationPages() {
        return posts.findLivePublicPages(clock.instant()).stream().map(page -> new PageLink(page.getId(),
                page.getTitle(), page.getSlug(), page.getParent() == null ? null : page.getParent().getId())).toList();
    }

    // ---------------------------------------------------------------- tags

    /** Tags of listed posts with how many posts carry each, most used first. */
    public List<TagCount> popularTags(int limit) {
        return posts.countListedPerTag(clock.instant(), PageRequest.of(0, limit)).stream()
                .map(row -> new TagCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    public record TagCount(String name, String slug, long postCount) {
    }

    /** Every tag's name, for the editor's suggestions. */
    public List<String> allTagNames() {
        return tags.findAllByOrderByName().stream().map(Tag::getName).toList();
    }

    // ---------------------------------------------------------------- internals

    private List<Long> categoryAndBelow(String categorySlug) {
        return categoryService.withDescendants(categorySlug)
                .orElseThrow(() -> new NotFoundException("Category " + categorySlug));
    }

    private Page<PostSummary> summaries(Page<Post> page) {
        return mapper.summaryPage(page, false);
    }

    private static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }
}
