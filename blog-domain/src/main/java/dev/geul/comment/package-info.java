/**
 * Comments and mentions: readers write comments (guests with a name and a password to change them later), the
 * post's author and admins moderate and answer them, threads are read as each reader may see them, guests who
 * asked hear of replies, and a moving blog brings its comments, pingbacks and trackbacks in and takes them out.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.comment;

import org.jspecify.annotations.NullMarked;
