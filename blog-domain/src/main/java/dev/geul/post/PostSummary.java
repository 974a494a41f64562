package dev.geul.post;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A post as lists show it: feed, category and tag pages, the admin grid.
 *
 * @param excerpt empty for a password-protected post the reader has not unlocked
 * @param likeCount how many readers pressed 공감
 */
public record PostSummary(long id, String slug, String title, String excerpt, PostKind kind, PostStatus status,
                          Visibility visibility, @Nullable Instant publishedAt, Instant updatedAt, boolean sticky,
                          boolean trashed, long authorId, String authorName, @Nullable CategoryRef category,
                          List<TagRef> tags, long commentCount, long likeCount, long version) {

    public record CategoryRef(long id, String name, String slug) {
    }

    public record TagRef(String name, String slug) {
    }

    public boolean isProtected() {
        return visibility == Visibility.PASSWORD;
    }
}
