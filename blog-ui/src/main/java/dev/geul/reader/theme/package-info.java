/**
 * Themes of the reader pages: the built-in ones and those an admin uploads, their Mustache templates, which are
 * given data only (plain records, HTML only where it was made safe), and the lookup of the one in use.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.reader.theme;

import org.jspecify.annotations.NullMarked;
