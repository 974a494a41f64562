package dev.geul.search;

/**
 * How far a rebuild of the index has come.
 *
 * @param done     posts written to the index so far
 * @param total    posts to index (0 until known)
 * @param finished true once, at the end
 */
public record ReindexProgress(long done, long total, boolean finished) {
}
