package dev.geul.comment;

import java.time.Instant;

/** A mention as readers see it: who linked, where, and the words around the link, all plain text. */
public record MentionView(MentionKind kind, String sourceName, String sourceUrl, String excerpt, Instant createdAt) {
}
