/**
 * Visitor statistics of the blog's own: views and visitors by day (a daily salted hash, no cookie), where
 * readers came from and the words they searched for.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.stats;

import org.jspecify.annotations.NullMarked;
