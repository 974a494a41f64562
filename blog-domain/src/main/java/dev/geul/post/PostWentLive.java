package dev.geul.post;

/**
 * A post became readable by everyone it is meant for: published now, or its scheduled time came. Published inside
 * the transaction that changed it, so what listens (mail to subscribers) shares that transaction's fate.
 */
public record PostWentLive(long postId) {
}
