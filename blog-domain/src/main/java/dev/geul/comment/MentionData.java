package dev.geul.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A mention as an archive holds it, or as this blog exports it.
 *
 * @param id         this blog's id of it, or null for one not stored yet
 * @param sourceName the linking site's or page's name
 * @param sourceUrl  the linking page, or null
 * @param excerpt    the linking page's words around the link, as the archive gives them (HTML or text)
 * @param importKey  what identifies it across imports of the same archive, or null
 */
public record MentionData(@Nullable Long id, long postId, MentionKind kind, String sourceName,
                          @Nullable String sourceUrl, String excerpt, Instant createdAt, @Nullable String importKey) {

    /** The id of a mention read from the blog; a mention an archive brings has none until it is stored. */
    public long storedId() {
        return java.util.Objects.requireNonNull(id, "a mention read from the blog has an id");
    }

    /** The same mention under the post an import stored. */
    public MentionData placed(long storedPostId) {
        return new MentionData(id, storedPostId, kind, sourceName, sourceUrl, excerpt, createdAt, importKey);
    }
}
