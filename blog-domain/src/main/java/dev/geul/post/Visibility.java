package dev.geul.post;

/** Who may read a published post. */
public enum Visibility {
    /** Everyone; listed in the feed, feeds, search and sitemap. */
    PUBLIC,
    /** Everyone with the link; not listed anywhere. */
    UNLISTED,
    /** Listed, but its text shows only to readers who give the post's password. */
    PASSWORD,
    /** Its author and admins only. */
    PRIVATE
}
