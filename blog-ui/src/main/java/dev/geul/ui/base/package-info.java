/**
 * What every view of the studio shares: the language and colours kept in the session, the words of the blog's
 * messages, dates and numbers as the writer reads them, and refusals and session errors said in their language.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.ui.base;

import org.jspecify.annotations.NullMarked;
