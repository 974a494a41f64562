package dev.geul.site;

/** How much the blog holds, for admins and monitoring. */
public record SiteStatus(long posts, long pages, long publishedPosts, long comments, long pendingComments,
                         long categories, long tags, long accounts) {
}
