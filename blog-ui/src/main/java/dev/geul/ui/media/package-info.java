/**
 * The blog's media files served to readers, whole or by byte range.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.ui.media;

import org.jspecify.annotations.NullMarked;
