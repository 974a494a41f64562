/**
 * HTML a user or an import gave: sanitized by one whitelist before anyone sees it, turned into plain text,
 * excerpts and Markdown, and outlined so that two texts can be compared.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.base.html;

import org.jspecify.annotations.NullMarked;
