package dev.geul.stats;

import dev.geul.post.PostKind;

/** A post's (or a page's) views and visitors over some days; {@code visitors} adds up each day's. */
public record PostVisits(long postId, String title, String slug, PostKind kind, long views, long visitors) {

    /** Where readers read it. */
    public String permalink() {
        return kind.permalink(slug);
    }
}
