package dev.geul.search.mapping;

/**
 * The fields of the post index. Text lives twice: once analyzed by nori ({@code title}, {@code content}, …)
 * and once as prefixes of its Hangul runs ({@code titlePrefix}, …), the net for words nori cuts wrongly.
 */
public final class PostIndex {

    public static final String NAME = "post";

    public static final String TITLE = "title";
    public static final String TITLE_PREFIX = "titlePrefix";
    public static final String CONTENT = "content";
    public static final String CONTENT_PREFIX = "contentPrefix";
    public static final String EXCERPT = "excerpt";
    public static final String EXCERPT_PREFIX = "excerptPrefix";
    public static final String COMMENTS = "comments";
    public static final String COMMENTS_PREFIX = "commentsPrefix";
    public static final String TAG_NAMES = "tagNames";

    public static final String SLUG = "slug";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    public static final String VISIBILITY = "visibility";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String TRASHED = "trashed";
    public static final String AUTHOR_ID = "authorId";
    public static final String CATEGORY_ID = "categoryId";
    /** Every category the post is in, its main one and the others: for filters and facets. */
    public static final String CATEGORY_IDS = "categoryIds";
    public static final String TAG_IDS = "tagIds";
    public static final String YEAR = "year";
    /** The excerpt readers see in lists, stored for hits whose text has nothing to highlight. */
    public static final String SUMMARY = "summary";

    private PostIndex() {
    }
}
