/**
 * The post editor's text field: the rich editor in the browser, Markdown while the writer chooses it, and the
 * autosave, the text kept in the browser and the image uploads that pass through it.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.ui.editor;

import org.jspecify.annotations.NullMarked;
