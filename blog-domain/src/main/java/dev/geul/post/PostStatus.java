package dev.geul.post;

public enum PostStatus {
    /** Only its author and admins see it. */
    DRAFT,
    /** Becomes visible to readers at its published-at time. */
    SCHEDULED,
    PUBLISHED
}
