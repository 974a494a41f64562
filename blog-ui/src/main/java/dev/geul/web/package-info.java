/**
 * What the blog answers over plain HTTP besides its pages: old addresses from before an import are sent on to
 * their posts here, and the feeds, the sitemap and the JSON API live in the packages below.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.web;

import org.jspecify.annotations.NullMarked;
