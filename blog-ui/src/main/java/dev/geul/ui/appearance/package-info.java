/**
 * The studio's appearance settings: the blog's theme, title, colours, profile and custom CSS, a preview of unsaved
 * settings, and the upload of a theme of one's own.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.ui.appearance;

import org.jspecify.annotations.NullMarked;
