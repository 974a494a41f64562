/**
 * Words readers use for one another, which an admin keeps in groups: a search for any word of a group finds posts
 * holding any of them.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.search.synonym;

import org.jspecify.annotations.NullMarked;
