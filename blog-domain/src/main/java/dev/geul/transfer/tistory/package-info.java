/**
 * Tistory's two backups: the current one (a zip of one folder a post) and the old XML one (TTXML), with the
 * editor markup both carry made into clean HTML.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.transfer.tistory;

import org.jspecify.annotations.NullMarked;
