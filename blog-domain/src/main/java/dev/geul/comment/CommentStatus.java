package dev.geul.comment;

public enum CommentStatus {
    /** Waiting for the post's author or an admin; shown only to its writer. */
    PENDING,
    APPROVED,
    SPAM
}
