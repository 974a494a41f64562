package dev.geul.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A mention as readers see it: who linked, where, and the words around the link, all plain text.
 *
 * @param sourceUrl the linking page, or null when the archive gave none a reader may follow
 */
public record MentionView(MentionKind kind, String sourceName, @Nullable String sourceUrl, String excerpt,
                          Instant createdAt) {
}
