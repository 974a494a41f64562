/**
 * What every feature shares: the blog's settings, the refusals a service says (keyed, for every language), slugs and
 * permalinks, rate limits, and telling a full disk or a lost database from other failures.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.base;

import org.jspecify.annotations.NullMarked;
