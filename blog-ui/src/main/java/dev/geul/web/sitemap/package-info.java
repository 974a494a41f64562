/**
 * What search engines should crawl: the sitemap of every public post, page and category, and the robots.txt that
 * names it.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.web.sitemap;

import org.jspecify.annotations.NullMarked;
