package dev.geul.post;

/**
 * What the admin grid asks for; null fields do not filter.
 *
 * @param trashed true for the trash, false for everything else
 */
public record PostFilter(PostStatus status, Long categoryId, String text, boolean trashed, PostKind kind) {

    public static PostFilter all() {
        return new PostFilter(null, null, null, false, null);
    }

    public static PostFilter trash() {
        return new PostFilter(null, null, null, true, null);
    }
}
