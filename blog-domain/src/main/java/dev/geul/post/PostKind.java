package dev.geul.post;

import dev.geul.base.Permalinks;

public enum PostKind {
    /** Dated, in the feed, categories and tags. */
    POST,
    /** Timeless (about, contact); may sit below a parent page; not in the feed. */
    PAGE;

    /** Where a reader finds a post of this kind with the given slug: {@code /posts/…} or {@code /pages/…}. */
    public String permalink(String slug) {
        return switch (this) {
            case POST -> Permalinks.post(slug);
            case PAGE -> Permalinks.page(slug);
        };
    }
}
