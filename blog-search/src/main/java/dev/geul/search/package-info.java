/**
 * Search over the blog's posts, pages and their approved comments, aware of how Korean glues particles to
 * words: the query as the index reads it, who may find what, the hits and facets a reader sees, and what a query
 * that finds nothing as typed may have meant (initial consonants, the keyboard in the other mode, a typo).
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.search;

import org.jspecify.annotations.NullMarked;
