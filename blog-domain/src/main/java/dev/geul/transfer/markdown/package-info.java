/**
 * Markdown files with front matter, one a post, in a zip: the export for a static site (Jekyll, Hugo), and the
 * import of such a site's posts or of geul's own export.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.transfer.markdown;

import org.jspecify.annotations.NullMarked;
