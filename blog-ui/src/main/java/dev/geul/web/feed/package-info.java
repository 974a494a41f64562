/**
 * Atom feeds of the newest posts, of the whole blog and of a category, and the addresses feed readers subscribed
 * to before a move.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.web.feed;

import org.jspecify.annotations.NullMarked;
