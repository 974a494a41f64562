package dev.geul.post;

public enum PostKind {
    /** Dated, in the feed, categories and tags. */
    POST,
    /** Timeless (about, contact); may sit below a parent page; not in the feed. */
    PAGE
}
